#include "report/ReportPdf.h"

#include "core/Steps.h"
#include "report/FixCatalog.h"
#include "report/HtmlReport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace eas;
using namespace eas::report;

namespace {

QString reportHtml()
{
    Finding f;
    f.id = QStringLiteral("activesync-disabled");
    f.step = steps::UserStatus;
    f.severity = Severity::Fail;
    f.title = QStringLiteral("ActiveSync is turned off for the mailbox");
    StepResult user{
        steps::UserStatus, steps::title(steps::UserStatus), ProbeResult::fromFindings({f})};
    DiagnosisResult result = Diagnosis::assemble({user}, QDateTime::currentDateTimeUtc(), 300);
    DiagnosisTarget target;
    target.email = QStringLiteral("jdoe@contoso.com");
    result.fixes = FixCatalog::buildFixes(result, target, {});
    QImage chart(64, 32, QImage::Format_RGB32);
    chart.fill(Qt::darkGreen);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    chart.save(&png, "PNG");
    ReportOptions options;
    options.charts = {{QStringLiteral("Requests by status"), png.data()}};
    return HtmlReport::render(result, target, options);
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesAPdfThatPdftotextReads();
    void reportsAnUnwritablePath();
};

void TestReportPdf::writesAPdfThatPdftotextReads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writePdf(reportHtml(), path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed (Debian: apt-get install poppler-utils)");
    QProcess p;
    p.start(pdftotext, {path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("EAS Doctor report")), qPrintable(text.left(500)));
    // Fonts may set "ff" as a ligature: look for words without one.
    QVERIFY2(text.contains(QStringLiteral("ActiveSync is turned")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("activesync-disabled")));
    QVERIFY(text.contains(QStringLiteral("Set-CASMailbox")));

    const QString pdfimages = QStandardPaths::findExecutable(QStringLiteral("pdfimages"));
    if (pdfimages.isEmpty())
        QSKIP("pdfimages is not installed: the embedded chart is not checked");
    p.start(pdfimages, {QStringLiteral("-list"), path});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.readAllStandardOutput().contains(" image "), "the chart is not in the PDF");
}

void TestReportPdf::reportsAnUnwritablePath()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!writePdf(
        QStringLiteral("<p>x</p>"), dir.filePath(QStringLiteral("no/dir/r.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("r.pdf")));
}

QTEST_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
