#include "ExchangeBehaviour.h"

#include "ExchangeBodies.h"

#include "codec/Wbxml.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamReader>

namespace eas::sim {

using Fault = ExchangeBehaviour::Fault;

namespace {

const QByteArray kVersions = "2.5,12.0,12.1,14.0,14.1,16.0,16.1";
const QByteArray kCommands
    = "Sync,SendMail,SmartForward,SmartReply,GetAttachment,GetHierarchy,"
      "CreateCollection,DeleteCollection,MoveCollection,FolderSync,FolderCreate,"
      "FolderDelete,FolderUpdate,MoveItems,GetItemEstimate,MeetingResponse,"
      "Search,Settings,Ping,ItemOperations,Provision,ResolveRecipients,"
      "ValidateCert,Find";

// Global EAS status of a refusal, with the HTTP code Exchange uses for protocol 12.x.
struct Refusal
{
    int easStatus;
    int http;
    QByteArray throttle;
};

bool refusalFor(const QString &scenario, Refusal *out)
{
    if (scenario == QLatin1String("activesync-disabled"))
        *out = {126, 403, {}};
    else if (scenario == QLatin1String("device-blocked"))
        *out = {129, 403, "Individual"};
    else if (scenario == QLatin1String("max-devices"))
        *out = {177, 403, {}};
    else
        return false;
    return true;
}

} // namespace

ExchangeBehaviour::ExchangeBehaviour() = default;

void ExchangeBehaviour::setAccount(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

HttpResponse ExchangeBehaviour::base(int status) const
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Cache-Control", "private");
    r.setHeader("Server", "Microsoft-IIS/10.0");
    r.setHeader("request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    r.setHeader("X-FEServer", "EXSIM01");
    r.setHeader("X-Powered-By", "ASP.NET");
    r.setHeader("Date",
                QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc(),
                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                    .toLatin1());
    return r;
}

HttpResponse ExchangeBehaviour::iisError(int status) const
{
    HttpResponse r = base(status);
    r.setHeader("Content-Type", "text/html");
    r.body = ExchangeBodies::iisErrorPage(status);
    return r;
}

HttpResponse ExchangeBehaviour::challenge() const
{
    HttpResponse r = iisError(401);
    if (m_scenario == QLatin1String("basic-auth-disabled")) {
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Negotiate")));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("NTLM")));
    } else {
        r.headers.append(qMakePair(
            QByteArray("WWW-Authenticate"),
            "Basic realm=\"" + m_authority.section(QLatin1Char(':'), 0, 0).toLatin1() + "\""));
    }
    return r;
}

HttpResponse ExchangeBehaviour::wbxml(const QByteArray &body) const
{
    HttpResponse r = base(200);
    r.setHeader("Content-Type", "application/vnd.ms-sync.wbxml");
    r.setHeader("MS-Server-ActiveSync", "15.1");
    r.setHeader("X-BEServer", "EXSIM01");
    r.body = body;
    return r;
}

bool ExchangeBehaviour::authenticated(const HttpRequest &request) const
{
    if (m_scenario == QLatin1String("basic-auth-disabled"))
        return false; // Basic is off on the vdir; this simulator speaks no Windows auth
    const QByteArray header = request.header("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QString decoded = QString::fromUtf8(QByteArray::fromBase64(header.mid(6).trimmed()));
    const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    const QString user = decoded.left(colon);
    const QString password = decoded.mid(colon + 1);
    const QString local = m_user.section(QLatin1Char('@'), 0, 0);
    const bool userOk
        = user.compare(m_user, Qt::CaseInsensitive) == 0
          || user.section(QLatin1Char('\\'), 1).compare(local, Qt::CaseInsensitive) == 0;
    const QString expected = m_scenario == QLatin1String("wrong-password")
                                 ? m_password + QStringLiteral("-changed")
                                 : m_password;
    return userOk && password == expected;
}

ExchangeBehaviour::Reply ExchangeBehaviour::handle(const HttpRequest &request)
{
    if (m_scenario == QLatin1String("no-response"))
        return {base(200), Fault::Hang};
    const QByteArray path = request.path().toLower();
    Reply reply;
    if (path.startsWith("/microsoft-server-activesync"))
        reply = handleActiveSync(request);
    else if (path == "/autodiscover/autodiscover.xml")
        reply = handleAutodiscover(request);
    else
        reply = {iisError(404), Fault::None};
    if (m_scenario == QLatin1String("reset-mid-response"))
        reply.fault = Fault::ResetMidResponse;
    else if (m_scenario == QLatin1String("slow-drip"))
        reply.fault = Fault::Drip;
    return reply;
}

ExchangeBehaviour::Reply ExchangeBehaviour::handleActiveSync(const HttpRequest &request)
{
    if (m_scenario == QLatin1String("vdir-missing"))
        return {iisError(404), Fault::None};
    if (m_scenario == QLatin1String("vdir-broken"))
        return {iisError(500), Fault::None};
    if (!authenticated(request))
        return {challenge(), Fault::None};
    if (request.method == "OPTIONS") {
        HttpResponse r = base(200);
        r.setHeader("Allow", "OPTIONS,POST");
        r.setHeader("MS-Server-ActiveSync", "15.1");
        r.setHeader("MS-ASProtocolVersions", kVersions);
        r.setHeader("MS-ASProtocolCommands", kCommands);
        r.setHeader("Public", "OPTIONS,POST");
        return {r, Fault::None};
    }
    if (request.method != "POST")
        return {iisError(501), Fault::None};
    const QUrlQuery query = request.query();
    const QString command = query.queryItemValue(QStringLiteral("Cmd"));
    const QString deviceId = query.queryItemValue(QStringLiteral("DeviceId"));
    bool ok = false;
    const double version = request.header("MS-ASProtocolVersion").toDouble(&ok);
    static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    if (!ok || command.isEmpty() || !idRe.match(deviceId).hasMatch())
        return {iisError(400), Fault::None};
    return handleCommand(request, command, version);
}

ExchangeBehaviour::Reply ExchangeBehaviour::mailboxRefusal(const QString &command,
                                                           double version) const
{
    Refusal refusal{};
    refusalFor(m_scenario, &refusal);
    HttpResponse r;
    if (version < 14.0) {
        r = base(refusal.http);
    } else if (command == QLatin1String("Provision")) {
        r = wbxml(ExchangeBodies::provisionStatus(refusal.easStatus));
    } else if (command == QLatin1String("Settings")) {
        r = wbxml(ExchangeBodies::settingsStatus(refusal.easStatus));
    } else {
        r = wbxml(ExchangeBodies::folderSyncStatus(refusal.easStatus));
    }
    if (!refusal.throttle.isEmpty())
        r.setHeader("X-MS-ASThrottle", refusal.throttle);
    return {r, Fault::None};
}

ExchangeBehaviour::Reply
ExchangeBehaviour::handleCommand(const HttpRequest &request, const QString &command, double version)
{
    Refusal refusal{};
    if (refusalFor(m_scenario, &refusal))
        return mailboxRefusal(command, version);
    if (m_scenario == QLatin1String("throttled")) {
        HttpResponse r = base(503);
        r.setHeader("X-MS-ASThrottle", "CommandFrequency");
        r.setHeader("Retry-After", "60");
        return {r, Fault::None};
    }
    if (m_scenario == QLatin1String("redirect-451")) {
        HttpResponse r = base(451);
        r.setHeader("X-MS-Location", kRedirectTarget);
        return {r, Fault::None};
    }
    if (m_scenario == QLatin1String("huge-body"))
        return {wbxml(QByteArray(64 * 1024, '\x01')), Fault::EndlessBody};
    if (command == QLatin1String("Provision"))
        return handleProvision(request, version);
    if (command == QLatin1String("FolderSync"))
        return handleFolderSync(request, version);
    if (command == QLatin1String("Settings"))
        return {wbxml(ExchangeBodies::settingsOk()), Fault::None};
    return {iisError(501), Fault::None};
}

ExchangeBehaviour::Reply ExchangeBehaviour::handleProvision(const HttpRequest &request,
                                                            double version)
{
    const wbxml::DecodeResult decoded = wbxml::decode(request.body);
    if (!decoded.ok())
        return {version < 14.0 ? base(400) : wbxml(ExchangeBodies::provisionStatus(2)),
                Fault::None};
    if (m_scenario == QLatin1String("provision-denied"))
        return {version < 14.0 ? base(403) : wbxml(ExchangeBodies::provisionStatus(139)),
                Fault::None};
    const wbxml::Element &root = *decoded.root;
    const QString deviceId = request.query().queryItemValue(QStringLiteral("DeviceId"));
    const QString key = root.textAt(u"Policies/Policy/PolicyKey");
    const QString status = root.textAt(u"Policies/Policy/Status");
    if (!key.isEmpty()) {
        // Phase 2: the acknowledgement of the temporary key.
        if (key != QString::number(ExchangeBodies::kTemporaryPolicyKey)
            || status != QLatin1String("1"))
            return {wbxml(ExchangeBodies::provisionStatus(2)), Fault::None};
        m_provisioned.insert(deviceId, true);
        return {wbxml(ExchangeBodies::provisionPolicy(true)), Fault::None};
    }
    return {wbxml(ExchangeBodies::provisionPolicy(false)), Fault::None};
}

ExchangeBehaviour::Reply ExchangeBehaviour::handleFolderSync(const HttpRequest &request,
                                                             double version)
{
    if (m_scenario == QLatin1String("bad-wbxml")) {
        // Starts like a FolderSync answer, then a tag token that no code page defines.
        return {wbxml(QByteArray::fromHex("03016a000007564c033100013f3f0101")), Fault::None};
    }
    const bool mustProvision = m_scenario == QLatin1String("needs-provision")
                               || m_scenario == QLatin1String("provision-denied");
    const QString deviceId = request.query().queryItemValue(QStringLiteral("DeviceId"));
    const bool provisioned = m_provisioned.value(deviceId)
                             && request.header("X-MS-PolicyKey")
                                    == QByteArray::number(ExchangeBodies::kFinalPolicyKey);
    if (mustProvision && !provisioned) {
        if (version < 14.0)
            return {base(449), Fault::None};
        return {wbxml(ExchangeBodies::folderSyncStatus(142)), Fault::None};
    }
    return {wbxml(ExchangeBodies::folderSyncOk()), Fault::None};
}

ExchangeBehaviour::Reply ExchangeBehaviour::handleAutodiscover(const HttpRequest &request)
{
    if (m_scenario == QLatin1String("autodiscover-unsafe-redirect")) {
        HttpResponse r = base(302);
        r.setHeader("Location", kUnsafeAutodiscoverTarget);
        return {r, Fault::None};
    }
    if (request.method != "POST")
        return {iisError(request.method == "GET" ? 401 : 405), Fault::None};
    if (!authenticated(request))
        return {challenge(), Fault::None};
    QXmlStreamReader xml(request.body);
    QString email;
    QString schema;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("EMailAddress"))
            email = xml.readElementText().trimmed();
        else if (xml.name() == QLatin1String("AcceptableResponseSchema"))
            schema = xml.readElementText().trimmed();
    }
    HttpResponse r = base(200);
    r.setHeader("Content-Type", "text/xml; charset=utf-8");
    if (xml.hasError() || email.isEmpty()) {
        r.body = ExchangeBodies::autodiscoverError(600, QStringLiteral("Invalid Request"));
    } else if (!schema.contains(QLatin1String("mobilesync"))) {
        r.body = ExchangeBodies::autodiscoverError(
            601, QStringLiteral("The requested schema is not available."));
    } else if (email.compare(m_user, Qt::CaseInsensitive) != 0) {
        r.body = ExchangeBodies::autodiscoverError(
            500, QStringLiteral("The email address can't be found."));
    } else {
        r.body = ExchangeBodies::autodiscoverMobileSync(
            email,
            QStringLiteral("Test User"),
            QStringLiteral("https://%1/Microsoft-Server-ActiveSync").arg(m_authority));
    }
    return {r, Fault::None};
}

} // namespace eas::sim
