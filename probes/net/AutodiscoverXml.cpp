#include "AutodiscoverXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace eas::net::AutodiscoverXml {

QByteArray request(const QString &email)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("Autodiscover"));
    w.writeDefaultNamespace(QString::fromLatin1(kRequestSchema));
    w.writeStartElement(QStringLiteral("Request"));
    w.writeTextElement(QStringLiteral("EMailAddress"), email);
    w.writeTextElement(QStringLiteral("AcceptableResponseSchema"),
                       QString::fromLatin1(kResponseSchema));
    w.writeEndDocument();
    return out;
}

namespace {

constexpr qsizetype kMaxBytes = 1024 * 1024;
constexpr int kMaxDepth = 32;

// Reads the elements we need by their path of local names below the root.
struct Reader
{
    Answer answer;
    QString serverType;
    QString serverUrl;
    QString serverName;

    void take(const QStringList &path, const QString &text)
    {
        const QString leaf = path.last();
        const QString parent = path.value(path.size() - 2);
        if (parent == QLatin1String("Server")) {
            if (leaf == QLatin1String("Type"))
                serverType = text;
            else if (leaf == QLatin1String("Url"))
                serverUrl = text;
            else if (leaf == QLatin1String("Name"))
                serverName = text;
        } else if (leaf == QLatin1String("Redirect") && parent == QLatin1String("Action")) {
            answer.redirectAddress = text;
        } else if (parent == QLatin1String("User") && leaf == QLatin1String("DisplayName")) {
            answer.displayName = text;
        } else if (parent == QLatin1String("Error")) {
            if (leaf == QLatin1String("ErrorCode") || leaf == QLatin1String("Status"))
                answer.errorCode = text;
            else if (leaf == QLatin1String("Message"))
                answer.message = text;
        }
    }

    // Only the MobileSync server counts (a CertEnroll server may come first).
    void endServer()
    {
        if (serverType.compare(QLatin1String("MobileSync"), Qt::CaseInsensitive) == 0
            && answer.mobileSyncUrl.isEmpty()) {
            answer.mobileSyncUrl = QUrl(serverUrl, QUrl::StrictMode);
            answer.serverName = serverName;
        }
        serverType.clear();
        serverUrl.clear();
        serverName.clear();
    }
};

} // namespace

Answer parse(const QByteArray &xml)
{
    Reader r;
    if (xml.size() > kMaxBytes)
        return r.answer;
    QXmlStreamReader reader(xml);
    QStringList path;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (path.size() >= kMaxDepth) {
                r.answer = Answer();
                r.answer.errorOffset = reader.characterOffset();
                return r.answer;
            }
            path.append(reader.name().toString());
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (path.last() == QLatin1String("Server"))
                r.endServer();
            else
                r.take(path, text.trimmed());
            path.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    Answer out = r.answer;
    if (reader.hasError()) {
        out = Answer();
        out.errorOffset = reader.characterOffset();
        out.message = reader.errorString();
        return out;
    }
    if (out.mobileSyncUrl.isValid() && !out.mobileSyncUrl.isEmpty())
        out.kind = Answer::Kind::Settings;
    else if (!out.redirectAddress.isEmpty())
        out.kind = Answer::Kind::Redirect;
    else if (!out.errorCode.isEmpty())
        out.kind = Answer::Kind::Error;
    return out;
}

} // namespace eas::net::AutodiscoverXml
