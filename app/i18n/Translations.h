#pragma once

#include <QString>
#include <QStringList>

namespace eas::app::Translations {

// The languages shipped (English is the source text; the others are embedded .qm files).
QStringList available();

// Whether `code` ("de", "de_DE", "de-AT", "en") names a shipped language.
bool isAvailable(const QString &code);

// Installs the translation for `code`, or, when it is empty, for the first of the system's UI
// languages that is shipped. Returns the language now in use ("en" when none matched).
// Call once, after the QCoreApplication exists and before any text is made.
QString install(const QString &code);

} // namespace eas::app::Translations
