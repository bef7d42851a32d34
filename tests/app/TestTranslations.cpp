#include "i18n/Translations.h"

#include "core/Tr.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace eas;
using namespace eas::app;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = {context, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                   && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            out.append(current);
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L)?[0-9n]"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

// A mnemonic is a single '&' before a letter ("&Run"); "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?=[^&\\s])"));
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languages()
    {
        QVERIFY(Translations::available().contains(QStringLiteral("en")));
        QVERIFY(Translations::available().contains(QStringLiteral("de")));
        QVERIFY(Translations::isAvailable(QStringLiteral("de_DE")));
        QVERIFY(Translations::isAvailable(QStringLiteral("de-AT")));
        QVERIFY(Translations::isAvailable(QStringLiteral("EN")));
        QVERIFY(!Translations::isAvailable(QStringLiteral("xx")));
        QVERIFY(!Translations::isAvailable(QString()));
    }

    // Every German text keeps the source's placeholders and its mnemonic, and is not empty.
    void germanKeepsPlaceholdersAndMnemonics()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(EAS_TS_DE));
        QVERIFY2(messages.size() > 500, qPrintable(QString::number(messages.size())));
        for (const TsMessage &m : messages) {
            for (const QString &t : m.translations) {
                const QString where = m.context + QLatin1String(": ") + m.source;
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where));
                QCOMPARE_EQ(placeholders(t), placeholders(m.source));
                QVERIFY2(mnemonics(t) == mnemonics(m.source),
                         qPrintable(where + QLatin1String(" -> ") + t));
            }
        }
    }

    void installsGerman()
    {
        const QString english = QStringLiteral("ActiveSync is disabled for this mailbox");
        QCOMPARE(Translations::install(QStringLiteral("de_DE")), QStringLiteral("de"));
        const QString german = Tr::tr("ActiveSync is disabled for this mailbox");
        QVERIFY2(german != english && !german.isEmpty(), qPrintable(german));
        QVERIFY(german.contains(QLatin1String("Postfach")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
