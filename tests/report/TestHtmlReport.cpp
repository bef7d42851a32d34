#include "core/Redactor.h"
#include "core/Steps.h"
#include "report/FixCatalog.h"
#include "report/HtmlReport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace eas;
using namespace eas::report;

namespace {

const QString kSecret = QStringLiteral("Sup3r-S3cret-Passw0rd");

DiagnosisTarget target()
{
    DiagnosisTarget t;
    t.email = QStringLiteral("o'brien@contoso.com");
    t.url = QUrl(QStringLiteral("https://admin:%1@mail.contoso.com/Microsoft-Server-ActiveSync")
                     .arg(kSecret));
    t.trustAnyCertificate = true;
    return t;
}

DiagnosisResult result()
{
    Finding cert;
    cert.id = QStringLiteral("certificate-expired");
    cert.severity = Severity::Fail;
    cert.title = QStringLiteral("Certificate expired <script>alert(1)</script>");
    cert.detail
        = QStringLiteral("Sent Authorization: Basic dXNlcjpTdXAzci1TM2NyZXQ= and password=%1")
              .arg(kSecret);
    cert.evidence = {{QStringLiteral("notAfter"), QStringLiteral("2025-01-01T00:00:00Z")},
                     {QStringLiteral("tlsMs"), 42},
                     {QStringLiteral("timeoutMs"), 15000},
                     {QStringLiteral("sans"),
                      QStringList{QStringLiteral("mail.contoso.com"), QStringLiteral("a&b")}}};
    Finding dns;
    dns.id = QStringLiteral("dns-ok");
    dns.step = steps::Connectivity;
    dns.severity = Severity::Pass;
    dns.title = QStringLiteral("Host name resolves");
    dns.evidence = {{QStringLiteral("dnsMs"), 7}};
    StepResult certificate{
        steps::Certificate, steps::title(steps::Certificate), ProbeResult::fromFindings({cert})};
    StepResult connectivity{
        steps::Connectivity, steps::title(steps::Connectivity), ProbeResult::fromFindings({dns})};
    connectivity.result.durationMs = 120;
    DiagnosisResult r = Diagnosis::assemble(
        {connectivity, certificate}, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC), 812);
    r.fixes = FixCatalog::buildFixes(r, target(), {});
    return r;
}

QString render(const ReportOptions &options = {})
{
    return HtmlReport::render(result(), target(), options);
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTargetOptionsAndRootCause();
    void warnsProminentlyAboutTrustAnyCertificate();
    void escapesEveryValue();
    void neverContainsACredential();
    void listsTimingsPerPhase();
    void embedsScriptsAndCharts();
    void isSelfContained();
    void tidyFindsNoErrors();
};

void TestHtmlReport::initTestCase()
{
    Redactor::registerSecret(kSecret);
}

void TestHtmlReport::showsTargetOptionsAndRootCause()
{
    const QString html = render();
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("o&#39;brien@contoso.com"))
            || html.contains(QStringLiteral("o'brien@contoso.com")));
    QVERIFY(html.contains(QStringLiteral("https://mail.contoso.com/Microsoft-Server-ActiveSync")));
    QVERIFY(html.contains(QStringLiteral("2026-11-25T10:00:00Z")));
    QVERIFY(html.contains(QStringLiteral("Root cause:")));
    QVERIFY(html.contains(QStringLiteral("<code>certificate-expired</code>")));
    QVERIFY(html.contains(QStringLiteral("Options used")));
    // Traffic lights carry a text label, not only a colour.
    QVERIFY(html.contains(QStringLiteral("class=\"badge s-fail\">\u2716&nbsp;Fail</span>")));
    QVERIFY(html.contains(QStringLiteral("class=\"badge s-pass\">\u2714&nbsp;Pass</span>")));
}

void TestHtmlReport::warnsProminentlyAboutTrustAnyCertificate()
{
    const QString html = render();
    const qsizetype alert = html.indexOf(QStringLiteral("<p class=\"alert\">"));
    QVERIFY(alert > 0);
    QVERIFY(alert < html.indexOf(QStringLiteral("Checklist")));
    QVERIFY(html.mid(alert, 200).contains(QStringLiteral("--trust-any-certificate")));

    DiagnosisTarget careful = target();
    careful.trustAnyCertificate = false;
    QVERIFY(
        !HtmlReport::render(result(), careful, {}).contains(QStringLiteral("<p class=\"alert\">")));
}

void TestHtmlReport::escapesEveryValue()
{
    const QString html = render();
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("a&amp;b")));
}

void TestHtmlReport::neverContainsACredential()
{
    ReportOptions options;
    options.inputWarnings = {QStringLiteral("token=%1").arg(kSecret)};
    const QString html = render(options);
    QVERIFY(!html.contains(kSecret));
    QVERIFY(!html.contains(QStringLiteral("dXNlcjpTdXAzci1TM2NyZXQ=")));
    QVERIFY(!html.contains(QStringLiteral("admin:")));
    QVERIFY(html.contains(QLatin1String(Redactor::kMask)));
}

void TestHtmlReport::listsTimingsPerPhase()
{
    const QString html = render();
    const qsizetype timings = html.indexOf(QStringLiteral("<h2>Timings</h2>"));
    QVERIFY(timings > 0);
    const QString table
        = html.mid(timings, html.indexOf(QStringLiteral("</table>"), timings) - timings);
    QVERIFY(table.contains(QStringLiteral("<td>dns</td><td class=\"num\">7</td>")));
    QVERIFY(table.contains(QStringLiteral("<td>tls</td><td class=\"num\">42</td>")));
    QVERIFY(table.contains(QStringLiteral("<td class=\"num\">120</td>")));
    QVERIFY(!table.contains(QStringLiteral("15000"))); // a limit, not a timing
}

void TestHtmlReport::embedsScriptsAndCharts()
{
    ReportOptions options;
    options.charts = {{QStringLiteral("Status codes"), QByteArray("\x89PNG\r\n\x1a\nrest", 12)},
                      {QStringLiteral("Not a PNG"), QByteArray("GIF89a")}};
    const QString html = render(options);
    QVERIFY(html.contains(QStringLiteral("<img src=\"data:image/png;base64,")));
    QVERIFY(!html.contains(QStringLiteral("Not a PNG")));
    QVERIFY(html.contains(QStringLiteral("id=\"fix-certificate-enable\"")));
    QVERIFY(html.contains(
        QStringLiteral("<a href=\"#fix-certificate-enable\">certificate-enable</a>")));
    QVERIFY(html.contains(QStringLiteral("Enable-ExchangeCertificate")));
    QVERIFY(
        html.contains(QStringLiteral("[string]$Identity = &#39;o&#39;&#39;brien@contoso.com&#39;"))
        || html.contains(QStringLiteral("[string]$Identity = 'o''brien@contoso.com'")));
}

void TestHtmlReport::isSelfContained()
{
    const QString html = render();
    for (const char *fetch :
         {"http-equiv", "<link", "<script", "src=\"http", "src=\"//", "@import", "url("})
        QVERIFY2(!html.contains(QLatin1String(fetch), Qt::CaseInsensitive), fetch);
    QVERIFY(html.contains(QStringLiteral("<style>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
}

void TestHtmlReport::tidyFindsNoErrors()
{
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    if (tidy.isEmpty())
        QSKIP("tidy is not installed (Debian: apt-get install tidy)");
    QProcess p;
    p.start(tidy, {QStringLiteral("-errors"), QStringLiteral("-q")});
    QVERIFY(p.waitForStarted());
    p.write(render().toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(30000));
    const QString messages = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() < 2, qPrintable(messages)); // 2 = errors, 1 = warnings only
    QVERIFY2(!messages.contains(QStringLiteral("Error:")), qPrintable(messages));
    QVERIFY2(messages.isEmpty(), qPrintable(messages));
}

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "TestHtmlReport.moc"
