// Writes a realistic Exchange 2016/2019 IIS W3C log of a given size with a fixed seed: front-end
// (/default.eas) and back-end (/Proxy/default.eas with the rich Log= segment) ActiveSync mixed
// with OWA, EWS, MAPI/HTTP, Autodiscover and OAB; statuses, users, devices, user agents and Log=
// reasons in realistic proportions; a header block at every simulated IIS restart; a few lines
// cut short as a crash leaves them.
//
//   eas-iislog-gen --size 1G [--seed 42] [--users 5000] [--fields-change] OUT
//
// --fields-change makes the second header block add a field (cs-host), as an admin changing the
// logged fields mid-day does.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

const char *const kFields = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username "
                            "c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus "
                            "sc-win32-status time-taken";
const char *const kFieldsWithHost = "date time s-ip cs-method cs-uri-stem cs-uri-query s-port "
                                    "cs-username c-ip cs(User-Agent) cs(Referer) cs-host "
                                    "sc-status sc-substatus sc-win32-status time-taken";

struct Device
{
    char id[33];
    const char *type;
    const char *agent;
    int user;
};

struct Outcome
{
    int status;
    int subStatus;
    int win32;
    const char *error; // Log= Error: reason, or nullptr
    int easStatus;
};

class Generator
{
public:
    Generator(std::uint64_t seed, int users, bool fieldsChange)
        : m_state(seed * 0x9e3779b97f4a7c15ull + 1)
        , m_users(users)
        , m_fieldsChange(fieldsChange)
    {
        static const char *const types[][2] = {
            {"iPhone", "Apple-iPhone14C2/2006.100"},
            {"iPad", "Apple-iPad13C4/2006.100"},
            {"Android", "Android-Mail/2023.10.15.573914104.Release"},
            {"SAMSUNGSMS918B", "SAMSUNG-SM-S918B/101.140104"},
            {"Outlook", "Outlook-iOS-Android/1.0"},
            {"WindowsMail", "MSFT-WIN-3/10.0.19045"},
        };
        for (int u = 0; u < users * 2; ++u) {
            Device d;
            for (int i = 0; i < 32; ++i)
                d.id[i] = "0123456789ABCDEF"[next() % 16];
            d.id[32] = 0;
            const auto &t = types[next() % 6];
            d.type = t[0];
            d.agent = t[1];
            d.user = int(next() % std::uint64_t(users));
            m_devices.push_back(d);
        }
    }

    void write(std::FILE *out, std::uint64_t size)
    {
        std::uint64_t written = 0;
        std::uint64_t nextHeader = 0;
        int block = 0;
        while (written < size) {
            if (written >= nextHeader) {
                written += header(out, block++);
                nextHeader = written + size / 7 + 1; // a restart every few hours of traffic
            }
            m_seconds += next() % 3 == 0 ? 1 : 0;
            written += line(out);
        }
    }

private:
    std::uint64_t next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }

    void timestamp(char *date, char *time) const
    {
        const std::int64_t day = 20781 + m_seconds / 86400; // 2026-11-24
        std::int64_t z = day + 719468;
        const std::int64_t era = z / 146097;
        const std::int64_t doe = z - era * 146097;
        const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const std::int64_t mp = (5 * doy + 2) / 153;
        const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
        const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
        const std::int64_t y = yoe + era * 400 + (m <= 2);
        std::snprintf(date, 16, "%04d-%02d-%02d", int(y), int(m), int(d));
        const std::int64_t s = m_seconds % 86400;
        std::snprintf(time, 16, "%02d:%02d:%02d", int(s / 3600), int(s / 60 % 60), int(s % 60));
    }

    std::uint64_t header(std::FILE *out, int block)
    {
        char date[16], time[16];
        timestamp(date, time);
        m_withHost = m_fieldsChange && block >= 1;
        return std::uint64_t(
            std::fprintf(out,
                         "#Software: Microsoft Internet Information Services 10.0\r\n"
                         "#Version: 1.0\r\n#Date: %s %s\r\n#Fields: %s\r\n",
                         date,
                         time,
                         m_withHost ? kFieldsWithHost : kFields));
    }

    Outcome activeSyncOutcome()
    {
        const std::uint64_t r = next() % 10000;
        if (r < 400)
            return {401, 2, 5, nullptr, -1};
        if (r < 500)
            return {401, 1, 1326, nullptr, -1};
        if (r < 550)
            return {403, 0, 0, r % 2 ? "UserDisabledForSync" : "DeviceIsBlockedForThisUser", 126};
        if (r < 600)
            return {449, 0, 0, "DeviceNotProvisioned", 142};
        if (r < 630)
            return {500, 0, 0, "MailboxConnectionFailed", 111};
        if (r < 660)
            return {503, 0, 0, "DeviceIsAutoBlocked", -1};
        if (r < 670)
            return {451, 0, 0, nullptr, -1};
        if (r < 900)
            return {200, 0, r % 2 ? 64 : 1236, nullptr, 1};
        return {200, 0, 0, nullptr, 1};
    }

    std::uint64_t line(std::FILE *out)
    {
        char date[16], time[16];
        timestamp(date, time);
        const std::uint64_t kind = next() % 100;
        char buf[2048];
        int n;
        if (kind < 45)
            n = activeSync(buf, sizeof buf, date, time, kind < 25);
        else
            n = otherProtocol(buf, sizeof buf, date, time, kind);
        if (next() % 200000 == 0) { // a line cut short by a crash: fewer fields
            const char *cut = std::strchr(buf + n / 2, ' ');
            n = int(cut ? cut - buf : n);
        }
        std::fwrite(buf, 1, std::size_t(n), out);
        std::fputs("\r\n", out);
        return std::uint64_t(n) + 2;
    }

    int activeSync(char *buf, std::size_t size, const char *date, const char *time, bool frontEnd)
    {
        static const char *const cmds[] = {"Ping",
                                           "Sync",
                                           "Sync",
                                           "Ping",
                                           "FolderSync",
                                           "ItemOperations",
                                           "SendMail",
                                           "Provision",
                                           "GetItemEstimate",
                                           "Settings"};
        const Device &d = m_devices[next() % m_devices.size()];
        const char *cmd = cmds[next() % 10];
        const Outcome o = activeSyncOutcome();
        const bool ping = std::strcmp(cmd, "Ping") == 0;
        char user[64];
        std::snprintf(user, sizeof user, "contoso%%5Cuser%04d", d.user);
        char logged[64];
        if (o.status == 401 && o.subStatus == 2)
            std::strcpy(logged, "-");
        else
            std::snprintf(logged, sizeof logged, "contoso\\user%04d", d.user);
        char log[700] = "";
        if (!frontEnd) {
            char status[16] = "", error[64] = "";
            if (o.easStatus >= 0)
                std::snprintf(status, sizeof status, "_S%d", o.easStatus);
            if (o.error)
                std::snprintf(error, sizeof error, "_Error:%s", o.error);
            std::snprintf(
                log,
                sizeof log,
                "&Log=PrxFrom:10.0.1.%d_V161_HH:mail.contoso.com_SmtpAdrs:user%04d%%40contoso.com"
                "_Ver1:161_Sst%d_LdapC0_LdapL0_RpcC%d_RpcL%d_Ers1_Cpo%d_Fet%d_Hb%d%s%s"
                "_As:%s_Mbx:EXMBX0%d.contoso.com_Dc:DC0%d.contoso.com_Throttle0_DBL%d"
                "_CmdHC-%d_ActT%d_RdDD%d_RdBm%d_SnTS%d_Budget:(A)Conn%%3a1%%2cHangingConn%%3a0",
                int(next() % 8 + 11),
                d.user,
                int(next() % 9),
                int(next() % 40),
                int(next() % 80),
                int(next() % 900),
                int(next() % 4000),
                ping ? 900 : 0,
                status,
                error,
                o.status == 403 ? "BlockedG" : "AllowedG",
                int(next() % 4 + 1),
                int(next() % 2 + 1),
                int(next() % 9),
                int(next() % 99999),
                int(next() % 900),
                int(next() % 9),
                int(next() % 9),
                int(next() % 60));
        }
        const int timeTaken
            = ping && o.status == 200 ? 900000 + int(next() % 40000) : int(next() % 800);
        return std::snprintf(
            buf,
            size,
            "%s %s 10.0.%d.%d POST /Microsoft-Server-ActiveSync/%sdefault.eas "
            "Cmd=%s&User=%s&DeviceId=%s&DeviceType=%s%s 443 %s %s %s - %s%d %d %d %d",
            date,
            time,
            frontEnd ? 1 : 2,
            int(next() % 4 + 11),
            frontEnd ? "" : "Proxy/",
            cmd,
            user,
            d.id,
            d.type,
            log,
            logged,
            frontEnd ? clientIp(d) : "10.0.1.11",
            d.agent,
            m_withHost ? "mail.contoso.com " : "",
            o.status,
            o.subStatus,
            o.win32,
            timeTaken);
    }

    const char *clientIp(const Device &d)
    {
        std::snprintf(m_ip, sizeof m_ip, "203.0.%d.%d", d.user % 250, int(d.id[0]) % 250);
        return m_ip;
    }

    int otherProtocol(
        char *buf, std::size_t size, const char *date, const char *time, std::uint64_t kind)
    {
        const int user = int(next() % std::uint64_t(m_users));
        const char *method = "POST";
        const char *stem;
        const char *query;
        const char *agent;
        if (kind < 65) {
            method = "GET";
            stem = "/owa/service.svc";
            query = "action=GetItem&UA=0&app=Mail&n=42&CorrelationID=<empty>;&cafeReqId=3c8f1a2b-"
                    "5d6e-4f70-8192-a3b4c5d6e7f8;";
            agent = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/"
                    "537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36";
        } else if (kind < 80) {
            stem = "/EWS/Exchange.asmx";
            query = "&CorrelationID=<empty>;&cafeReqId=7a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9;";
            agent = "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17126;+Pro)";
        } else if (kind < 92) {
            stem = "/mapi/emsmdb/";
            query
                = "mailboxId=0b8e1c2d-3f4a-5b6c-7d8e-9f0a1b2c3d4e@contoso.com&CorrelationID=<empty>"
                  ";&ClientId=ABCDEF0123456789&cafeReqId=1f2e3d4c-5b6a-7988-a7b6-c5d4e3f2a1b0;";
            agent = "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17126;+Pro)";
        } else if (kind < 97) {
            stem = "/Autodiscover/Autodiscover.xml";
            query = "&CorrelationID=<empty>;&cafeReqId=9e8d7c6b-5a49-3827-1605-f4e3d2c1b0a9;";
            agent = "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17126;+Pro)";
        } else {
            method = "GET";
            stem = "/OAB/3f2e1d0c-4b5a-6978-8796-a5b4c3d2e1f0/oab.xml";
            query = "-";
            agent = "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17126;+Pro)";
        }
        const std::uint64_t r = next() % 1000;
        const int status = r < 900 ? 200 : r < 960 ? 401 : r < 975 ? 302 : r < 990 ? 404 : 500;
        const int sub = status == 401 ? int(next() % 2 + 1) : 0;
        return std::snprintf(buf,
                             size,
                             "%s %s 10.0.1.%d %s %s %s 443 %s%04d 198.51.100.%d %s - %s%d %d %d %d",
                             date,
                             time,
                             int(next() % 4 + 11),
                             method,
                             stem,
                             query,
                             sub == 2 ? "" : "contoso\\user",
                             user,
                             user % 250,
                             agent,
                             m_withHost ? "mail.contoso.com " : "",
                             status,
                             sub,
                             status == 401 && sub == 1 ? 1326 : 0,
                             int(next() % 500));
    }

    std::uint64_t m_state;
    int m_users;
    bool m_fieldsChange;
    bool m_withHost = false;
    std::int64_t m_seconds = 0;
    std::vector<Device> m_devices;
    char m_ip[32] = {};
};

std::uint64_t parseSize(const char *text)
{
    char *end = nullptr;
    double v = std::strtod(text, &end);
    switch (end && *end ? *end : ' ') {
    case 'G':
    case 'g':
        v *= 1024.0 * 1024 * 1024;
        break;
    case 'M':
    case 'm':
        v *= 1024.0 * 1024;
        break;
    case 'K':
    case 'k':
        v *= 1024.0;
        break;
    default:
        break;
    }
    return std::uint64_t(v);
}

} // namespace

int main(int argc, char **argv)
{
    std::uint64_t size = 0, seed = 42;
    int users = 5000;
    bool fieldsChange = false;
    const char *out = nullptr;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--size" && i + 1 < argc)
            size = parseSize(argv[++i]);
        else if (a == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--users" && i + 1 < argc)
            users = std::max(1, std::atoi(argv[++i]));
        else if (a == "--fields-change")
            fieldsChange = true;
        else
            out = argv[i];
    }
    if (!size || !out) {
        std::fprintf(stderr,
                     "usage: %s --size N[K|M|G] [--seed S] [--users U] [--fields-change] OUT\n",
                     argv[0]);
        return 2;
    }
    std::FILE *f = std::fopen(out, "wb");
    if (!f) {
        std::perror(out);
        return 1;
    }
    std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
    Generator(seed, users, fieldsChange).write(f, size);
    return std::fclose(f) == 0 ? 0 : 1;
}
