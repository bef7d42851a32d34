#include "LogSamples.h"

#include "logs/Base64Query.h"
#include "logs/FieldLayout.h"
#include "logs/LineSplitter.h"
#include "logs/RequestParser.h"

#include <QTest>

#include <cctype>

#include <string>

using namespace eas::logs;

namespace {

// splitLine needs 16 readable bytes after the valid data, as the scanner's buffers have.
struct Padded
{
    explicit Padded(const std::string &text)
        : bytes(text + std::string(64, 'x'))
        , size(text.size())
    {
    }
    std::ptrdiff_t split(SplitLine &line) const
    {
        return splitLine(bytes.data(), bytes.data() + size, line);
    }
    std::string bytes;
    std::size_t size;
};

std::string_view sv(const char *s)
{
    return std::string_view(s);
}

std::string_view sv(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

class TestLogParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldsDirective()
    {
        const FieldLayout l = FieldLayout::fromDirective(
            " date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
            "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r");
        QCOMPARE(l.fieldCount, 15);
        QCOMPARE(l.indexOf(Field::Date), 0);
        QCOMPARE(l.indexOf(Field::UriStem), 4);
        QCOMPARE(l.indexOf(Field::UserAgent), 9);
        QCOMPARE(l.indexOf(Field::Status), 11);
        QCOMPARE(l.indexOf(Field::TimeTaken), 14);
        QCOMPARE(l.indexOf(Field::ServerName), -1);
        QVERIFY(l.isValid());
        QVERIFY(!FieldLayout::fromDirective("   ").isValid());
        // Names in any case; the first of a repeated name wins.
        const FieldLayout upper = FieldLayout::fromDirective("SC-STATUS Cs-Uri-Stem sc-status");
        QCOMPARE(upper.fieldCount, 3);
        QCOMPARE(upper.indexOf(Field::Status), 0);
        QCOMPARE(upper.indexOf(Field::UriStem), 1);
        QVERIFY(l != upper);
        QVERIFY(l
                == FieldLayout::fromDirective("date time s-ip cs-method cs-uri-stem cs-uri-query "
                                              "s-port cs-username c-ip cs(User-Agent) cs(Referer) "
                                              "sc-status sc-substatus sc-win32-status time-taken"));
    }

    void fieldsPastTheReadLimitAreCountedNotRead()
    {
        std::string names;
        for (int i = 0; i < 70; ++i)
            names += "x-f" + std::to_string(i) + ' ';
        names += "sc-status";
        const FieldLayout l = FieldLayout::fromDirective(names);
        QCOMPARE(l.fieldCount, 71);
        QCOMPARE(l.indexOf(Field::Status), -1);
    }

    void splitCrlfAndLf()
    {
        SplitLine line;
        const Padded crlf("2026-11-24 08:00:01 /a - 200\r\nnext line");
        QCOMPARE(crlf.split(line), std::ptrdiff_t(29));
        QCOMPARE(line.length, 28);
        QCOMPARE(line.fieldCount, 5);
        QVERIFY(!line.binary);
        QCOMPARE(line.field(0), sv("2026-11-24"));
        QCOMPARE(line.field(3), sv("-"));
        QCOMPARE(line.field(4), sv("200"));
        const Padded lf("a b\n");
        QCOMPARE(lf.split(line), std::ptrdiff_t(3));
        QCOMPARE(line.field(1), sv("b"));
        const Padded open("no line break yet");
        QCOMPARE(open.split(line), std::ptrdiff_t(-1));
    }

    void splitLongLinesAcrossBlocks()
    {
        std::string text;
        for (int i = 0; i < 40; ++i)
            text += "field" + std::to_string(i) + ' ';
        text += "last\r\n";
        SplitLine line;
        QCOMPARE(Padded(text).split(line), std::ptrdiff_t(text.size() - 1));
        QCOMPARE(line.fieldCount, 41);
        QCOMPARE(line.field(17), sv("field17"));
        QCOMPARE(line.field(40), sv("last"));
    }

    void splitCountsFieldsPastTheKeptStarts()
    {
        std::string text(200, ' ');
        text += '\n';
        SplitLine line;
        QCOMPARE(Padded(text).split(line), std::ptrdiff_t(200));
        QCOMPARE(line.fieldCount, 201);
        QVERIFY(line.field(3).empty());
    }

    void splitFindsBinaryJunk()
    {
        SplitLine line;
        Padded(std::string("a\0b c\r\n", 7)).split(line);
        QVERIFY(line.binary);
        Padded("a\tb c\n").split(line);
        QVERIFY(line.binary);
        Padded("a b\rc\n").split(line); // a carriage return inside the line
        QVERIFY(line.binary);
        Padded("caf\xc3\xa9 b\r\n").split(line); // UTF-8 is text
        QVERIFY(!line.binary);
        QCOMPARE(line.length, 7);
        std::string cr(15, 'a');
        cr += "\r\n"; // the '\r' ends one 16-byte block, the '\n' starts the next
        Padded(cr).split(line);
        QVERIFY(!line.binary);
        QCOMPARE(line.length, 15);
    }

    void fastestSplitterAgrees()
    {
        // Random lines of spaces, letters, control bytes and line breaks, up to 300 bytes: the
        // splitter picked for this CPU (AVX2 when there is one) gives what the SSE2 one gives.
        const LineSplitter fastest = fastestLineSplitter();
        std::uint32_t seed = 12345;
        const char alphabet[] = "ab  c\r\n\t\0x";
        for (int round = 0; round < 20000; ++round) {
            std::string text;
            seed = seed * 1664525u + 1013904223u;
            const std::size_t length = seed % 300;
            for (std::size_t i = 0; i < length; ++i) {
                seed = seed * 1664525u + 1013904223u;
                text += alphabet[(seed >> 16) % (sizeof alphabet - 1)];
            }
            const Padded padded(text);
            SplitLine a;
            SplitLine b;
            const std::ptrdiff_t ra
                = splitLine(padded.bytes.data(), padded.bytes.data() + padded.size, a);
            const std::ptrdiff_t rb
                = fastest(padded.bytes.data(), padded.bytes.data() + padded.size, b);
            QCOMPARE(rb, ra);
            if (ra < 0)
                continue;
            QCOMPARE(b.length, a.length);
            QCOMPARE(b.fieldCount, a.fieldCount);
            QCOMPARE(b.binary, a.binary);
            for (int i = 0; i < std::min(a.fieldCount, FieldLayout::kMaxReadField); ++i)
                QCOMPARE(b.field(i), a.field(i));
        }
    }

    void roles_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<int>("role");
        QTest::newRow("front end")
            << "/Microsoft-Server-ActiveSync/default.eas" << int(Role::FrontEnd);
        QTest::newRow("back end") << "/Microsoft-Server-ActiveSync/Proxy/default.eas"
                                  << int(Role::BackEnd);
        QTest::newRow("any case") << "/microsoft-server-activesync/PROXY/default.eas"
                                  << int(Role::BackEnd);
        QTest::newRow("options") << "/Microsoft-Server-ActiveSync" << int(Role::FrontEnd);
        QTest::newRow("owa") << "/owa/" << int(Role::NotActiveSync);
        QTest::newRow("mapi") << "/mapi/emsmdb/" << int(Role::NotActiveSync);
        QTest::newRow("short") << "/Microsoft-Server-ActiveSyn" << int(Role::NotActiveSync);
        QTest::newRow("empty") << "" << int(Role::NotActiveSync);
    }
    void roles()
    {
        QFETCH(QString, stem);
        QFETCH(int, role);
        const QByteArray bytes = stem.toUtf8();
        QCOMPARE(int(RequestParser::roleOf(
                     std::string_view(bytes.constData(), std::size_t(bytes.size())))),
                 role);
    }

    void query()
    {
        const QueryItems q = RequestParser::parseQuery(
            "Cmd=Sync&User=contoso%5Cjdoe&DeviceId=ABC123&DeviceType=iPhone&Log=V141_S1_Error:X");
        QCOMPARE(q.cmd, sv("Sync"));
        QCOMPARE(q.user, sv("contoso%5Cjdoe"));
        QCOMPARE(q.deviceId, sv("ABC123"));
        QCOMPARE(q.deviceType, sv("iPhone"));
        QCOMPARE(q.log, sv("V141_S1_Error:X"));
        const QueryItems odd = RequestParser::parseQuery("cmd=Ping&&novalue&USER=a&deviceid=&x=y");
        QCOMPARE(odd.cmd, sv("Ping"));
        QCOMPARE(odd.user, sv("a"));
        QVERIFY(odd.deviceId.empty());
        QVERIFY(odd.log.empty());
    }

    void base64Query()
    {
        // The example of [MS-ASHTTP] 2.2.1.1.1.1: 14.0, Sync, en-US, no policy key, no user.
        Base64Query q;
        QVERIFY(q.decode("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l"));
        QCOMPARE(q.cmd(), sv("Sync"));
        QCOMPARE(q.deviceId(), sv("v140Device"));
        QCOMPARE(q.deviceType(), sv("SmartPhone"));
        QVERIFY(q.user().empty());

        // 16.1 Provision with a policy key, a binary device ID (shown as hex), the Options
        // parameter and a user; the padding written as %3D, as a URL has it.
        const QByteArray blob
            = LogSamples::easQuery(161,
                                   20,
                                   QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"),
                                   QByteArray::fromHex("01020304"),
                                   "Android",
                                   {{7, QByteArray(1, '\x02')}, {8, "CONTOSO\\jsmith"}})
                  .toBase64();
        QVERIFY(blob.endsWith('='));
        QVERIFY(q.decode(sv(QByteArray(blob).replace("=", "%3D"))));
        QCOMPARE(q.cmd(), sv("Provision"));
        QCOMPARE(q.deviceId(), sv("A0A1A2A3A4A5A6A7A8A9AAABACADAEAF"));
        QCOMPARE(q.deviceType(), sv("Android"));
        QCOMPARE(q.user(), sv("CONTOSO\\jsmith"));
        QVERIFY(q.decode(sv(blob)));
        QCOMPARE(q.user(), sv("CONTOSO\\jsmith"));

        // '+' and '/' percent-encoded; an unknown command code leaves Cmd empty.
        const QByteArray user("\0\xfb\xff\xbf", 4);
        const QByteArray slashes
            = LogSamples::easQuery(141, 42, "DEV9", {}, "T", {{8, user}}).toBase64();
        QCOMPARE(slashes, QByteArray("jSoJBARERVY5AAFUCAQA+/+/"));
        QVERIFY(q.decode(sv(QByteArray(slashes).replace("+", "%2b").replace("/", "%2F"))));
        QVERIFY(q.cmd().empty());
        QCOMPARE(q.deviceId(), sv("DEV9"));
        QCOMPARE(q.user(), sv(user));
    }

    void notBase64Queries_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray good = LogSamples::easQuery(140, 0, "D1", {}, "T");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too short") << QByteArray("QUJD"); // "ABC"
        QTest::newRow("protocol 12.0") << LogSamples::easQuery(120, 0, "D1", {}, "T").toBase64();
        QTest::newRow("device ID cut") << good.left(6).toBase64();
        QTest::newRow("device type cut") << good.chopped(1).toBase64();
        QTest::newRow("parameter cut") << (good
                                           + "\x08\x05"
                                             "ab")
                                              .toBase64();
        QTest::newRow("tag without length") << (good + "\x08").toBase64();
        QTest::newRow("policy key of 3")
            << LogSamples::easQuery(140, 0, "D1", "abc", "T").toBase64();
        QTest::newRow("not base64") << QByteArray("jAAJBAp2!TQwRGV2aWNlAApTbWFydFBob25l");
        QTest::newRow("padding inside") << QByteArray("jA=AJBAp2MTQwRGV2aWNlAApTbWFydFBob25l");
        QTest::newRow("lone character") << QByteArray("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25lA");
        QTest::newRow("bad padding") << QByteArray("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l=");
    }
    void notBase64Queries()
    {
        QFETCH(QByteArray, blob);
        Base64Query q;
        QVERIFY(!q.decode(sv(blob)));
    }

    void queryInEitherForm()
    {
        Base64Query decoded;
        const char *const base64 = "jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l&Log=V140_S1_As:AllowedG";
        QueryItems q = RequestParser::parseQuery(base64, &decoded);
        QCOMPARE(q.cmd, sv("Sync"));
        QCOMPARE(q.deviceId, sv("v140Device"));
        QCOMPARE(q.deviceType, sv("SmartPhone"));
        QCOMPARE(q.log, sv("V140_S1_As:AllowedG"));
        QCOMPARE(q.userForm, UserForm::Decoded);
        // Without a decoder only the plain form is read.
        q = RequestParser::parseQuery(base64);
        QVERIFY(q.cmd.empty());
        QCOMPARE(q.log, sv("V140_S1_As:AllowedG"));
        // Plain items win over decoded ones; a first piece that does not decode is a plain one.
        q = RequestParser::parseQuery("jAAJBAp2MTQwRGV2aWNlAApTbWFydFBob25l&Cmd=Ping", &decoded);
        QCOMPARE(q.cmd, sv("Ping"));
        QCOMPARE(q.deviceId, sv("v140Device"));
        q = RequestParser::parseQuery("cmd==&DeviceId=D2", &decoded);
        QCOMPARE(q.cmd, sv("="));
        QCOMPARE(q.deviceId, sv("D2"));
        QCOMPARE(q.userForm, UserForm::QueryValue);
    }

    void logItems()
    {
        LogItems l = RequestParser::parseLogItems(
            "PrxFrom:10.0.0.1_V161_Sst1_Pk3609689902_DevOS:Android+4.1.2_S143_Error:PolicyRefresh_"
            "As:AllowedG_Mbx:EX01.contoso.com_Throttle0_Budget:(A)Conn%3a1");
        QCOMPARE(l.easStatus, 143);
        QCOMPARE(l.error, sv("PolicyRefresh"));
        QCOMPARE(l.accessState, sv("AllowedG"));
        // The colon percent-encoded; the last S<n> wins; Sst/Sk are not statuses.
        l = RequestParser::parseLogItems(
            "S1_Sk12_Error%3aDeviceIsAutoBlocked_As%3AQuarantinedD_S126");
        QCOMPARE(l.easStatus, 126);
        QCOMPARE(l.error, sv("DeviceIsAutoBlocked"));
        QCOMPARE(l.accessState, sv("QuarantinedD"));
        l = RequestParser::parseLogItems("V141_LdapC1_Hb1680_Sx_Errors_As");
        QCOMPARE(l.easStatus, -1);
        QVERIFY(l.error.empty());
        QVERIFY(l.accessState.empty());
    }

    void numbersAndTimes()
    {
        QCOMPARE(RequestParser::parseNumber("1326"), std::int64_t(1326));
        QCOMPARE(RequestParser::parseNumber("-"), std::int64_t(-1));
        QCOMPARE(RequestParser::parseNumber(""), std::int64_t(-1));
        QCOMPARE(RequestParser::parseNumber("12a"), std::int64_t(-1));
        QCOMPARE(RequestParser::parseDay("1970-01-01"), std::int64_t(0));
        QCOMPARE(RequestParser::parseDay("2026-11-24") * 86400,
                 QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(RequestParser::parseDay("2024-02-29"), std::int64_t(19782));
        QCOMPARE(RequestParser::parseDay("2026-13-01"), INT64_MIN);
        QCOMPARE(RequestParser::parseDay("26-11-24"), INT64_MIN);
        QCOMPARE(RequestParser::parseTimeOfDay("08:00:01"), 8 * 3600 + 1);
        QCOMPARE(RequestParser::parseTimeOfDay("23:59:59.123"), 86399);
        QCOMPARE(RequestParser::parseTimeOfDay("24:00:00"), -1);
        QCOMPARE(RequestParser::parseTimeOfDay("8:00:01"), -1);
    }

    void users()
    {
        char out[64];
        const auto norm = [&](const char *raw, UserForm form) {
            return std::string(out, RequestParser::normalizeUser(raw, form, out, sizeof out));
        };
        QCOMPARE(norm("CONTOSO\\JDoe", UserForm::Logged), std::string("contoso\\jdoe"));
        QCOMPARE(norm("contoso%5CJDoe", UserForm::QueryValue), std::string("contoso\\jdoe"));
        QCOMPARE(norm("John+Doe%40Contoso.com", UserForm::QueryValue),
                 std::string("john doe@contoso.com"));
        QCOMPARE(norm("John+Doe", UserForm::Logged), std::string("john doe"));
        QCOMPARE(norm("100%25%zz%4", UserForm::QueryValue), std::string("100%%zz%4"));
        QCOMPARE(norm("-", UserForm::Logged), std::string());
        // A decoded base64 query has the bytes as sent: no '+' for a space, no %XX.
        QCOMPARE(norm("Jo+Doe%41", UserForm::Decoded), std::string("jo+doe%41"));
        QCOMPARE(RequestParser::normalizeUser("abcdef", UserForm::Logged, out, 3), std::size_t(3));
    }

    // Long names go 16 bytes at a time until a '+' or '%': every length, every place of the
    // coded byte, every form and tight capacities give what the byte-by-byte rule gives.
    void usersAgainstTheByteRule()
    {
        const auto byteRule = [](const std::string &raw, UserForm form, std::size_t capacity) {
            std::string out;
            for (std::size_t i = 0; i < raw.size() && out.size() < capacity; ++i) {
                char c = raw[i];
                if (c == '+' && form != UserForm::Decoded) {
                    c = ' ';
                } else if (form == UserForm::QueryValue && c == '%' && i + 2 < raw.size()
                           && std::isxdigit(static_cast<unsigned char>(raw[i + 1]))
                           && std::isxdigit(static_cast<unsigned char>(raw[i + 2]))) {
                    c = char(std::stoi(raw.substr(i + 1, 2), nullptr, 16));
                    i += 2;
                }
                out += c >= 'A' && c <= 'Z' ? char(c + 32) : c;
            }
            return out;
        };
        const std::string alphabet = "AZaz@[`{\\.\xc3\x84\x7f"
                                     "09";
        for (std::size_t length = 1; length <= 40; ++length) {
            for (const char *coded : {"", "+", "%41", "%4", "%zz"}) {
                for (std::size_t at = 0; at <= length; at += 3) {
                    std::string raw;
                    for (std::size_t i = 0; i < length; ++i)
                        raw += alphabet[(i * 7 + length) % alphabet.size()];
                    raw.insert(std::min(at, raw.size()), coded);
                    for (const UserForm form :
                         {UserForm::Logged, UserForm::QueryValue, UserForm::Decoded}) {
                        for (const std::size_t capacity :
                             {std::size_t(256), length / 2, std::size_t(16)}) {
                            char out[256];
                            const std::size_t n
                                = RequestParser::normalizeUser(raw, form, out, capacity);
                            QCOMPARE(std::string(out, n), byteRule(raw, form, capacity));
                        }
                    }
                }
            }
        }
    }

    // The query is cut at '&' and '=' in one pass: pieces of every length put the delimiters at
    // every place of a 16-byte block.
    void queriesAgainstSplitting()
    {
        for (int cmdLength = 0; cmdLength < 20; ++cmdLength) {
            for (int userLength = 0; userLength < 20; ++userLength) {
                const std::string cmd(std::size_t(cmdLength), 'c');
                const std::string user(std::size_t(userLength), 'u');
                const std::string query = "x=" + std::string(std::size_t(userLength % 5), '=')
                                          + "&Cmd=" + cmd + "&&junk&User=" + user + "=more"
                                          + "&DeviceId=" + cmd + user + "&Log=V1_S" + cmd;
                const QueryItems q = RequestParser::parseQuery(query);
                QCOMPARE(q.cmd, std::string_view(cmd));
                QCOMPARE(q.user, std::string_view(user + "=more"));
                QCOMPARE(q.deviceId, std::string_view(cmd + user));
                QCOMPARE(q.log, std::string_view("V1_S" + cmd));
            }
        }
        QCOMPARE(RequestParser::parseQuery("Cmd=Ping&").cmd, sv("Ping"));
        QCOMPARE(RequestParser::parseQuery("&&&&&&&&&&&&&&&&&&&&Cmd=Ping").cmd, sv("Ping"));
        QVERIFY(RequestParser::parseQuery("Cmd").cmd.empty());
    }
};

QTEST_GUILESS_MAIN(TestLogParsing)
#include "TestLogParsing.moc"
