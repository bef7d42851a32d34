#include "SessionFile.h"

#include "SessionResultJson.h"

#include "core/Tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace eas::wizard::SessionFile {

namespace {

const QString kTarget = QStringLiteral("target");
const QString kResult = QStringLiteral("result");

QJsonValue urlValue(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue() : QJsonValue(url.toString());
}

QJsonObject targetToJson(const DiagnosisTarget &t)
{
    return QJsonObject{
        {QStringLiteral("email"), t.email},
        {QStringLiteral("user"), t.user},
        {QStringLiteral("url"), urlValue(t.url)},
        {QStringLiteral("internalUrl"), urlValue(t.internalUrl)},
        {QStringLiteral("autodiscoverUrl"), urlValue(t.autodiscoverUrl)},
        {QStringLiteral("caFiles"), QJsonArray::fromStringList(t.caFiles)},
        {QStringLiteral("trustAnyCertificate"), t.trustAnyCertificate},
        {QStringLiteral("provisionFull"), t.provisionFull},
        {QStringLiteral("noCredentials"), t.noCredentials},
        {QStringLiteral("stepTimeoutMs"), qint64(t.stepTimeout.count())},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("deviceId"), t.device.deviceId},
                     {QStringLiteral("deviceType"), t.device.deviceType},
                     {QStringLiteral("userAgent"), t.device.userAgent}}},
        {QStringLiteral("steps"), QJsonArray::fromStringList(t.steps)},
        {QStringLiteral("logPaths"), QJsonArray::fromStringList(t.logPaths)},
        {QStringLiteral("eventFiles"), QJsonArray::fromStringList(t.eventFiles)},
        {QStringLiteral("bundlePath"), t.bundlePath},
    };
}

DiagnosisTarget targetFromJson(const QJsonObject &o)
{
    DiagnosisTarget t;
    t.email = o.value(QStringLiteral("email")).toString();
    t.user = o.value(QStringLiteral("user")).toString();
    t.url = QUrl(o.value(QStringLiteral("url")).toString());
    t.internalUrl = QUrl(o.value(QStringLiteral("internalUrl")).toString());
    t.autodiscoverUrl = QUrl(o.value(QStringLiteral("autodiscoverUrl")).toString());
    t.caFiles = SessionResultJson::stringList(o.value(QStringLiteral("caFiles")));
    t.trustAnyCertificate = o.value(QStringLiteral("trustAnyCertificate")).toBool();
    t.provisionFull = o.value(QStringLiteral("provisionFull")).toBool();
    t.noCredentials = o.value(QStringLiteral("noCredentials")).toBool();
    const qint64 timeout = o.value(QStringLiteral("stepTimeoutMs")).toInteger();
    if (timeout > 0)
        t.stepTimeout = std::chrono::milliseconds(timeout);
    const QJsonObject device = o.value(QStringLiteral("device")).toObject();
    for (auto [key, field] : {std::pair{QStringLiteral("deviceId"), &t.device.deviceId},
                              std::pair{QStringLiteral("deviceType"), &t.device.deviceType},
                              std::pair{QStringLiteral("userAgent"), &t.device.userAgent}}) {
        if (device.contains(key))
            *field = device.value(key).toString();
    }
    t.steps = SessionResultJson::stringList(o.value(QStringLiteral("steps")));
    t.logPaths = SessionResultJson::stringList(o.value(QStringLiteral("logPaths")));
    t.eventFiles = SessionResultJson::stringList(o.value(QStringLiteral("eventFiles")));
    t.bundlePath = o.value(QStringLiteral("bundlePath")).toString();
    return t;
}

} // namespace

QJsonObject toJson(const Session &session)
{
    return QJsonObject{
        {QStringLiteral("schema"), QString::fromLatin1(kSchema)},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("eas-doctor")},
                     {QStringLiteral("version"), QStringLiteral(EAS_VERSION)}}},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {kTarget, targetToJson(session.target)},
        {kResult, SessionResultJson::toJson(session.result)},
    };
}

std::optional<Session> fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QStringLiteral("schema")).toString() != QLatin1String(kSchema)) {
        if (error)
            *error = Tr::tr("This is not an EAS Doctor session (schema %1 expected).")
                         .arg(QLatin1String(kSchema));
        return std::nullopt;
    }
    return Session{targetFromJson(json.value(kTarget).toObject()),
                   SessionResultJson::fromJson(json.value(kResult).toObject())};
}

bool save(const QString &path, const Session &session, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(toJson(session)).toJson(QJsonDocument::Indented);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error
            = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

std::optional<Session> load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("%1 is not valid JSON: %2")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

} // namespace eas::wizard::SessionFile
