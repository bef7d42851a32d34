#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Hand-written IIS logs for the tests, with the counts they must give written next to them.
namespace LogSamples {

inline QByteArray join(const QList<QByteArray> &lines, const QByteArray &eol = "\r\n")
{
    QByteArray out;
    for (const QByteArray &line : lines)
        out += line + eol;
    return out;
}

// An Exchange front end and back end in one file, 21 lines (numbers in the comments): every
// directive, #Fields changing at line 18, '-' and '+', Log= items, one line with too few fields.
inline QList<QByteArray> exchangeLines()
{
    return {
        /* 1 */ "#Software: Microsoft Internet Information Services 10.0",
        /* 2 */ "#Version: 1.0",
        /* 3 */ "#Date: 2026-11-24 08:00:00",
        /* 4 */
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
        "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken",
        /* 5 */
        "2026-11-24 08:00:01 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
        "Cmd=Sync&User=contoso%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone 443 - 203.0.113.5 "
        "Apple-iPhone/1.0 - 401 2 5 15",
        /* 6 */
        "2026-11-24 08:00:02 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
        "Cmd=Sync&User=contoso%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone 443 contoso\\jdoe "
        "203.0.113.5 Apple-iPhone/1.0 - 401 1 1326 20",
        /* 7 */
        "2026-11-24 08:10:00 10.0.0.1 POST /Microsoft-Server-ActiveSync/default.eas "
        "Cmd=Ping&User=contoso%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone 443 contoso\\jdoe "
        "203.0.113.5 Apple-iPhone/1.0 - 200 0 0 900000",
        /* 8 */
        "2026-11-24 09:00:00 10.0.0.2 POST /Microsoft-Server-ActiveSync/Proxy/default.eas "
        "Cmd=Sync&User=contoso%5Casmith&DeviceId=DEV2&DeviceType=Android&Log=PrxFrom:10.0.0.1_"
        "V161_S126_Error:UserDisabledForSync_As:BlockedG 443 contoso\\asmith 10.0.0.1 "
        "Android-Mail/2023.1 - 403 0 0 31",
        /* 9 */
        "2026-11-24 09:30:00 10.0.0.2 POST /microsoft-server-activesync/proxy/default.eas "
        "Cmd=FolderSync&User=contoso%5Casmith&DeviceId=DEV3&DeviceType=SAMSUNG&Log=V141_"
        "Error%3aDeviceIsAutoBlocked_As:QuarantinedD 443 contoso\\asmith 10.0.0.1 "
        "SAMSUNG-SM/1.0 - 503 0 0 5",
        /* 10 */ "#Remark: an admin note",
        /* 11 */
        "2026-11-24 10:00:00 10.0.0.1 GET /owa/ - 443 contoso\\jdoe 203.0.113.5 "
        "Mozilla/5.0+(Windows+NT+10.0) - 200 0 0 100",
        /* 12 */
        "2026-11-24 10:05:00 10.0.0.1 POST /EWS/Exchange.asmx - 443 - 198.51.100.7 - - 500 0 0 3",
        /* 13 */
        "2026-11-24 10:06:00 10.0.0.1 OPTIONS /Microsoft-Server-ActiveSync - 443 - "
        "198.51.100.7 Outlook-iOS/2.0 - 200 0 0 1",
        /* 14 */
        "2026-11-24 11:00:00 10.0.0.2 POST /Microsoft-Server-ActiveSync/Proxy/default.eas "
        "Cmd=Sync&User=jdoe%40contoso.com&DeviceId=DEV1&DeviceType=iPhone&Log=S1_Error:"
        "MailboxConnectionFailed 443 - 10.0.0.1 Apple-iPhone/1.0 - 500 0 0 12",
        /* 15 */ "#Software: Microsoft Internet Information Services 10.0",
        /* 16 */ "#Version: 1.0",
        /* 17 */ "#Date: 2026-11-24 12:00:00",
        /* 18 */
        "#Fields: date time cs-uri-stem cs-uri-query cs-username c-ip sc-status sc-substatus "
        "sc-win32-status",
        /* 19 */
        "2026-11-24 12:00:00 /Microsoft-Server-ActiveSync/default.eas Cmd=Sync&User=contoso"
        "%5Cjdoe&DeviceId=DEV1&DeviceType=iPhone contoso\\jdoe 203.0.113.5 200 0 0",
        /* 20 */ "2026-11-24 12:00:01 /Microsoft-Server-ActiveSync/default.eas contoso\\jdoe 200",
        /* 21 */
        "2026-11-24 12:30:00 /Microsoft-Server-ActiveSync/default.eas Cmd=Ping&User=contoso"
        "%5Casmith&DeviceId=DEV2&DeviceType=Android contoso\\asmith 203.0.113.9 401 1 1326",
    };
}

inline QByteArray exchange(const QByteArray &eol = "\r\n")
{
    return join(exchangeLines(), eol);
}

// The bytes of a base64 query ([MS-ASHTTP] 2.2.1.1.1.1), locale en-US, each parameter a tag and
// its value.
inline QByteArray easQuery(int version,
                           int command,
                           const QByteArray &deviceId,
                           const QByteArray &policyKey,
                           const QByteArray &deviceType,
                           const QList<QPair<int, QByteArray>> &parameters = {})
{
    QByteArray b;
    b += char(version);
    b += char(command);
    b += "\x09\x04";
    b += char(deviceId.size()) + deviceId;
    b += char(policyKey.size()) + policyKey;
    b += char(deviceType.size()) + deviceType;
    for (const auto &[tag, value] : parameters)
        b += char(tag) + (char(value.size()) + value);
    return b;
}

} // namespace LogSamples
