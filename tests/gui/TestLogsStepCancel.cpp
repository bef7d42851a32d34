#include "LogsWizardFixture.h"
#include "WizardDriver.h"

#include "DiagnosisWizard.h"

#include "core/ProbeRunner.h"
#include "core/ResultsModel.h"
#include "core/Steps.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace eas;
using namespace eas::test;
using namespace eas::wizard;

namespace {

// One gzip member; gzip readers go on through members written one after the other.
QByteArray gzipMember(const QByteArray &bytes)
{
    z_stream z{};
    deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// About 1.2 GB of ActiveSync lines (5 MB repeated 250 times) in a 55 MB .gz, which has to be
// read on one thread: seconds of work, so a Cancel lands mid-scan.
bool writeBigLog(const QString &path)
{
    QByteArray block;
    for (int i = 0; i < 20000; ++i) {
        const int s = i % 3600;
        const QByteArray time = QTime(i / 3600 % 24, s / 60, s % 60)
                                    .toString("HH:mm:ss")
                                    .prepend("2026-11-25 ")
                                    .toLatin1();
        block += IisLog::activeSync(time,
                                    "contoso\\jdoe",
                                    "DEV" + QByteArray::number(i % 7),
                                    "203.0.113." + QByteArray::number(i % 250),
                                    "403 0 0",
                                    "UserDisabledForSync");
    }
    const QByteArray repeated = gzipMember(block);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.write(gzipMember(IisLog::header("2026-11-25"))))
        return false;
    for (int i = 0; i < 250; ++i) {
        if (file.write(repeated) != repeated.size())
            return false;
    }
    return true;
}

} // namespace

// Cancel on the logs page while a big log is being read: the step ends as skip at once and the
// worker stops reading promptly (the runner, whose probe waits for it, is gone soon after).
// A timing assert with a wide margin: run alone (RUN_SERIAL).
class TestLogsStepCancel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cancelStopsABigScanQuickly()
    {
        QTemporaryDir dir;
        QVERIFY(writeBigLog(dir.filePath("u_ex261125.log.gz")));
        LogsWizardFixture fixture(dir.path());
        fixture.runLogsStep();
        const QModelIndex step = fixture.wizard().results()->stepIndex(steps::Logs);
        const auto detail = [&step] {
            return step.data(ResultsModel::ProgressDetailRole).toMap();
        };
        QTRY_VERIFY(detail().value("bytesDone").toLongLong() > 0);
        auto *rate = fixture.wizard()
                         .page(DiagnosisWizard::LogsPageId)
                         ->findChild<QLabel *>("scanRateLabel");
        QTRY_VERIFY(rate->isVisible());
        QVERIFY2(rate->text().contains(" of ") && rate->text().contains("lines/s"),
                 qPrintable(rate->text()));

        const QVariantMap atCancel = detail();
        QVERIFY2(atCancel.value("bytesDone").toLongLong()
                     < atCancel.value("bytesTotal").toLongLong(),
                 "the scan ended before Cancel: make the log bigger");
        QElapsedTimer clock;
        clock.start();
        WizardDriver(fixture.wizard()).click("cancelStepButton");
        QTRY_COMPARE(step.data(ResultsModel::StatusNameRole).toString(), QStringLiteral("skip"));
        QCOMPARE(step.model()->index(0, 0, step).data(ResultsModel::IdRole).toString(),
                 QStringLiteral("step-cancelled"));
        QTRY_VERIFY(fixture.lastRunner.isNull());
        qInfo() << "cancelled after" << atCancel.value("bytesDone").toLongLong() << "of"
                << atCancel.value("bytesTotal").toLongLong() << "bytes; stopped in"
                << clock.elapsed() << "ms";
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!rate->isVisible());
    }
};

QTEST_MAIN(TestLogsStepCancel)
#include "TestLogsStepCancel.moc"
