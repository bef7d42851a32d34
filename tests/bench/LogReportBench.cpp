// Times the two stages of `analyze-logs --json` on one IIS log, in process: the scan (with the
// merge of the threads' counts) and the writing of the logs/1 JSON text, best of RUNS each.
//
//   eas-logreport-bench FILE [RUNS=5] [THREADS=0 (one per core)]
#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"
#include "logs/LogReportJson.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace eas::logs;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [RUNS] [THREADS]\n", argv[0]);
        return 2;
    }
    const QStringList paths{QString::fromLocal8Bit(argv[1])};
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    AnalysisOptions options;
    options.threads = argc > 3 ? std::max(0, std::atoi(argv[3])) : 0;
    double bestScan = 1e18;
    double bestJson = 1e18;
    std::size_t jsonBytes = 0;
    LogReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        IisLogAnalyzer analyzer(options);
        report = analyzer.run(paths, {});
        bestScan = std::min(bestScan, double(timer.nsecsElapsed()) / 1e6);
        const eas::Findings findings = LogFindings::evaluate(report);
        timer.restart();
        jsonBytes = LogReportJson::toText(report, findings).size();
        bestJson = std::min(bestJson, double(timer.nsecsElapsed()) / 1e6);
    }
    if (!report.anyInputRead()) {
        std::fprintf(stderr, "%s could not be read\n", argv[1]);
        return 1;
    }
    const ActiveSyncStats &as = report.aggregates.activesync;
    std::printf("scan and merge: %.1f ms (%d threads, %lld lines)\n",
                bestScan,
                report.threads,
                static_cast<long long>(report.totals().lines));
    std::printf("logs/1 JSON:    %.1f ms (%zu bytes; %zu users, %zu devices, %zu client IPs)\n",
                bestJson,
                jsonBytes,
                as.byUser.size(),
                as.byDevice.size(),
                as.byClientIp.size());
    return 0;
}
