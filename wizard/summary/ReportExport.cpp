#include "ReportExport.h"

#include "report/ReportPdf.h"

#include "core/Tr.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace eas::wizard::ReportExport {

bool write(const QString &path, const QString &html, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return report::writePdf(html, path, error);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(html.toUtf8()) >= 0 && file.commit())
        return true;
    if (error)
        *error
            = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace eas::wizard::ReportExport
