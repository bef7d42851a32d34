#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace eas::app::Translations {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kBaseName = QStringLiteral("eas-doctor_");

// "de_DE", "de-AT" -> "de"
QString languageOf(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool isAvailable(const QString &code)
{
    return available().contains(languageOf(code));
}

QString install(const QString &code)
{
    const QStringList wanted = code.isEmpty() ? QLocale::system().uiLanguages() : QStringList{code};
    for (const QString &candidate : wanted) {
        const QString language = languageOf(candidate);
        if (language == QLatin1String("en"))
            return language;
        if (!isAvailable(language))
            continue;
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(kBaseName + language, kResourceDir)
            && QCoreApplication::installTranslator(translator)) {
            QLocale::setDefault(QLocale(language));
            return language;
        }
        delete translator;
    }
    return QStringLiteral("en");
}

} // namespace eas::app::Translations
