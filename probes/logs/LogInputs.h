#pragma once

#include "ByteReader.h"
#include "LogReport.h"

#include <QStringList>

#include <vector>

namespace eas::logs {

// The inputs behind the paths an admin gives: files as they are, folders searched (with their
// subfolders, e.g. W3SVC1 and W3SVC2) for IIS logs named u_ex*.log or u_ex*.log.gz.
struct CollectedInputs
{
    std::vector<LogInput> inputs;     // sorted by path within each folder, each file once
    std::vector<FileReport> problems; // paths that gave nothing to read, with the reason
};

namespace LogInputs {

CollectedInputs collect(const QStringList &paths);
bool isIisLogName(const QString &fileName);

} // namespace LogInputs

} // namespace eas::logs
