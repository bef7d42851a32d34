#include "ReportPdf.h"

#include "core/Tr.h"

#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace eas::report {

namespace {

bool fail(QString *error, const QString &path, const QString &why)
{
    if (error)
        *error = Tr::tr("Cannot write %1: %2").arg(path, why);
    return false;
}

} // namespace

bool writePdf(const QString &html, const QString &path, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(error, path, Tr::tr("PDF output needs a QGuiApplication."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(Tr::tr("EAS Doctor report"));
        writer.setCreator(QStringLiteral("EAS Doctor " EAS_VERSION));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return fail(error, path, file.errorString());
    return true;
}

} // namespace eas::report
