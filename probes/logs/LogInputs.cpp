#include "LogInputs.h"

#include "core/Tr.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace eas::logs::LogInputs {

namespace {

FileReport problem(const QString &path, const QString &error)
{
    FileReport f;
    f.path = path;
    f.error = error;
    return f;
}

QStringList logsInFolder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isIisLogName(it.fileName()))
            found.append(path);
    }
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace

bool isIisLogName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^u_ex.*\\.log(\\.gz)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(fileName).hasMatch();
}

CollectedInputs collect(const QStringList &paths)
{
    CollectedInputs collected;
    QSet<QString> seen;
    const auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!seen.contains(canonical)) {
            seen.insert(canonical);
            collected.inputs.push_back(LogInput::fromFile(path));
        }
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QStringList files = logsInFolder(path);
            if (files.isEmpty()) {
                collected.problems.push_back(
                    problem(path, Tr::tr("no IIS log files (u_ex*.log) in this folder")));
            }
            for (const QString &file : files)
                add(file);
        } else if (info.isFile()) {
            add(path);
        } else {
            collected.problems.push_back(problem(path, Tr::tr("no such file or folder")));
        }
    }
    return collected;
}

} // namespace eas::logs::LogInputs
