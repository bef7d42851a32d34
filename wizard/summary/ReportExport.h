#pragma once

#include <QString>

namespace eas::wizard::ReportExport {

// Writes the report HTML (HtmlReport::render) to `path`: a PDF when the name ends in .pdf
// (report::writePdf), else the HTML page itself as UTF-8. Atomic (QSaveFile); on failure returns
// false and says why in *error.
bool write(const QString &path, const QString &html, QString *error);

} // namespace eas::wizard::ReportExport
