// libFuzzer harness for the IIS W3C line parser, driven through the analyzer the way a log file
// is read. The input is read twice, whole and cut into chunks (the first byte picks their size,
// 1 to 256 bytes, at most about 32 chunks), and both answers must be the same: chunk boundaries,
// directives and #Fields changes may fall anywhere. The findings and the JSON are built too, so
// every path that turns parsed bytes into text runs.
#include "logs/IisLogAnalyzer.h"
#include "logs/LogFindings.h"
#include "logs/LogReportJson.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <cstdlib>

namespace {

QJsonObject analyze(const QByteArray &bytes, std::int64_t chunkBytes)
{
    eas::logs::AnalysisOptions options;
    options.threads = 1;
    options.chunkBytes = chunkBytes;
    eas::logs::IisLogAnalyzer analyzer(options);
    const eas::logs::LogReport report = analyzer.run(std::vector<eas::logs::LogInput>{
        eas::logs::LogInput::fromMemory(QStringLiteral("fuzz.log"), bytes)});
    const std::string text
        = eas::logs::LogReportJson::toText(report, eas::logs::LogFindings::evaluate(report));
    QJsonParseError error;
    QJsonObject json = QJsonDocument::fromJson(
                           QByteArray::fromRawData(text.data(), qsizetype(text.size())), &error)
                           .object();
    if (error.error != QJsonParseError::NoError)
        std::abort(); // the report is not valid JSON
    json.remove(QStringLiteral("durationMs"));
    return json;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QJsonObject whole = analyze(bytes, std::int64_t(1) << 40);
    const QJsonObject chunked
        = analyze(bytes, std::max<std::int64_t>(1 + data[0], bytes.size() / 32));
    if (whole != chunked)
        std::abort(); // the answer depends on where the input was cut
    return 0;
}
