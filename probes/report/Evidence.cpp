#include "Evidence.h"

#include <QRegularExpression>

namespace eas::report::Evidence {

namespace {

QString normalizeKey(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// The server name in an X-FEServer / X-BEServer value, without a port or a list tail.
QString serverName(const QString &header)
{
    return header.section(QLatin1Char(','), 0, 0).section(QLatin1Char(':'), 0, 0).trimmed();
}

} // namespace

QString find(const StepResults &steps, const QStringList &keys)
{
    for (const StepResult &s : steps) {
        for (const Finding &f : s.result.findings) {
            for (auto it = f.evidence.cbegin(); it != f.evidence.cend(); ++it) {
                if (!keys.contains(normalizeKey(it.key())))
                    continue;
                const QString value = it.value().toString().trimmed();
                if (!value.isEmpty())
                    return value;
            }
        }
    }
    return {};
}

QString frontEndServer(const StepResults &steps)
{
    return serverName(find(steps,
                           {QStringLiteral("xfeserver"),
                            QStringLiteral("feserver"),
                            QStringLiteral("frontendserver")}));
}

QString backEndServer(const StepResults &steps)
{
    return serverName(find(steps,
                           {QStringLiteral("xbeserver"),
                            QStringLiteral("beserver"),
                            QStringLiteral("backendserver")}));
}

QString wireThumbprint(const StepResults &steps)
{
    const QStringList keys = {QStringLiteral("thumbprint"),
                              QStringLiteral("leafthumbprint"),
                              QStringLiteral("certificatethumbprint"),
                              QStringLiteral("sha1"),
                              QStringLiteral("leafsha1"),
                              QStringLiteral("sha1fingerprint")};
    for (const QString &key : keys) {
        const QString tp = normalizeThumbprint(find(steps, {key}));
        if (!tp.isEmpty())
            return tp;
    }
    return {};
}

QString normalizeThumbprint(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s:]"));
    static const QRegularExpression sha1(QStringLiteral("^[0-9A-F]{40}$"));
    QString tp = text.toUpper();
    tp.remove(separators);
    return sha1.match(tp).hasMatch() ? tp : QString();
}

} // namespace eas::report::Evidence
