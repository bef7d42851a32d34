#include "ActiveSyncEvents.h"

#include <QRegularExpression>
#include <QUrl>

namespace eas::events {

namespace {

enum class ReasonFrom { Fixed, BlockedBecause, ExceptionName };

struct KnownEvent
{
    quint16 id;
    bool blocking;
    ReasonFrom reasonFrom;
    const char *reason; // the reason when the text names none (for Fixed, always)
};

// Keep in step with EVENT_IDS.md.
constexpr KnownEvent KnownEvents[] = {
    {1100, true, ReasonFrom::BlockedBecause, "ActiveSync blocked the connection"},
    {1053,
     true,
     ReasonFrom::Fixed,
     "No permission to create the ActiveSync devices container in Active Directory"},
    {1008, false, ReasonFrom::ExceptionName, "Exception handled by ActiveSync"},
    {1040,
     false,
     ReasonFrom::Fixed,
     "Heartbeat intervals cut short by a firewall or load balancer"},
    {3007, true, ReasonFrom::Fixed, "Mailbox server did not answer in time"},
    {3014, true, ReasonFrom::Fixed, "Mailbox server protected from new requests"},
};

const KnownEvent *knownEvent(quint16 id)
{
    for (const KnownEvent &known : KnownEvents) {
        if (known.id == id)
            return &known;
    }
    return nullptr;
}

QRegularExpression pattern(const char *text)
{
    return QRegularExpression(QString::fromLatin1(text),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::MultilineOption);
}

QString firstCapture(const QRegularExpression &re, const QString &text)
{
    return re.match(text).captured(1).trimmed();
}

QString withoutTrailingDots(QString text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString cleanReason(const QString &text)
{
    return withoutTrailingDots(text.simplified()).left(160);
}

bool looksLikeIp(const QString &text)
{
    static const QRegularExpression v4(
        QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$)"));
    static const QRegularExpression v6(
        QStringLiteral(R"(^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f.]{0,15}){2,8}$)"));
    if (const QRegularExpressionMatch m = v4.match(text); m.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255)
                return false;
        }
        return true;
    }
    return text.size() <= 45 && v6.match(text).hasMatch();
}

bool looksLikeUser(const QString &text)
{
    static const QRegularExpression upn(QStringLiteral(R"(^[^\s@\\]+@[^\s@\\]+\.[^\s@\\]+$)"));
    static const QRegularExpression samAccount(QStringLiteral(R"(^[^\s\\]+\\[^\s\\]+$)"));
    return upn.match(text).hasMatch() || samAccount.match(text).hasMatch();
}

QString findUser(const QString &text)
{
    static const QRegularExpression urlUser = pattern(R"(\bUser=([^&\s"]+))");
    static const QRegularExpression labelled[] = {
        pattern(R"(\bfor user\s+\[?([^\s\[\]"',;]+))"),
        pattern(R"(\bUser:\s*\[?([^\s\[\]"',;]+))"),
        pattern(R"("CN=([^,"]+))"),
    };
    if (const QString user = firstCapture(urlUser, text); !user.isEmpty())
        return QUrl::fromPercentEncoding(user.toUtf8());
    for (const QRegularExpression &re : labelled) {
        if (const QString user = withoutTrailingDots(firstCapture(re, text)); !user.isEmpty())
            return user;
    }
    return {};
}

void readText(const QString &text, ActiveSyncEvent *event)
{
    static const QRegularExpression deviceId = pattern(R"(\bDeviceId[=:]\s*\[?([A-Za-z0-9._-]+))");
    static const QRegularExpression deviceType
        = pattern(R"(\bDeviceType[=:]\s*\[?([A-Za-z0-9._-]+))");
    static const QRegularExpression clientIp = pattern(
        R"(\b(?:Client IP|ClientIP|Client address|IP address)\s*[:=]?\s*\[?([0-9A-Fa-f:.]*[0-9A-Fa-f]))");
    event->user = findUser(text);
    event->deviceId = firstCapture(deviceId, text);
    event->deviceType = firstCapture(deviceType, text);
    if (const QString ip = firstCapture(clientIp, text); looksLikeIp(ip))
        event->clientIp = ip;
}

// Events exported without their rendered message carry only the insertion strings: an address
// or an account name standing alone is taken for what it looks like.
void readStrings(const QStringList &strings, ActiveSyncEvent *event)
{
    for (const QString &raw : strings) {
        const QString s = raw.trimmed();
        if (event->clientIp.isEmpty() && looksLikeIp(s))
            event->clientIp = s;
        else if (event->user.isEmpty() && looksLikeUser(s))
            event->user = s;
    }
}

QString blockedBecause(const EventRecord &record, const QString &text)
{
    static const QRegularExpression because
        = pattern(R"(blocked because:?\s*([^\r\n]*?)\s*(?:\.\s+Client IP\b|\.?\s*$))");
    if (QString reason = cleanReason(firstCapture(because, text)); !reason.isEmpty())
        return reason;
    if (!record.message.isEmpty())
        return {};
    // No rendered message: the longest insertion string that reads like a sentence.
    QString best;
    for (const QString &s : record.strings) {
        if (s.simplified().count(QLatin1Char(' ')) >= 2 && s.size() > best.size())
            best = s;
    }
    return cleanReason(best);
}

QString reasonFor(const EventRecord &record, const KnownEvent &known, const QString &text)
{
    static const QRegularExpression exception(
        QStringLiteral(R"(\b((?:[A-Za-z_]\w*\.)*[A-Z]\w*Exception)\b)"));
    const QString fallback = QString::fromLatin1(known.reason);
    switch (known.reasonFrom) {
    case ReasonFrom::BlockedBecause: {
        const QString reason = blockedBecause(record, text);
        return reason.isEmpty() ? fallback : reason;
    }
    case ReasonFrom::ExceptionName: {
        const QString name = firstCapture(exception, text).section(QLatin1Char('.'), -1);
        return name.isEmpty() ? fallback : fallback + QLatin1String(": ") + name;
    }
    case ReasonFrom::Fixed:
        break;
    }
    return fallback;
}

} // namespace

bool isActiveSyncProvider(const QString &provider)
{
    return provider.compare(QLatin1String("MSExchange ActiveSync"), Qt::CaseInsensitive) == 0
           || provider.compare(QLatin1String("Server ActiveSync"), Qt::CaseInsensitive) == 0;
}

ActiveSyncEvent interpretActiveSyncEvent(const EventRecord &record)
{
    static const QRegularExpression blocked = pattern(R"(\bblocked\b)");
    const QString text
        = record.message + QLatin1Char('\n') + record.strings.join(QLatin1Char('\n'));
    ActiveSyncEvent event;
    readText(text, &event);
    readStrings(record.strings, &event);
    event.user = event.user.toLower();
    if (const KnownEvent *known = knownEvent(record.eventId)) {
        event.blocking = known->blocking;
        event.reason = reasonFor(record, *known, text);
    } else if (blocked.match(text).hasMatch()) {
        event.blocking = true;
        event.reason
            = reasonFor(record, {record.eventId, true, ReasonFrom::BlockedBecause, ""}, text);
    }
    if (event.reason.isEmpty())
        event.reason = QStringLiteral("Event %1").arg(record.eventId);
    return event;
}

} // namespace eas::events
