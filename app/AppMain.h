#pragma once

namespace eas::app {

// Everything main() does, in the app library so tests can drive it: picks the application
// object (QApplication for the wizard with a display, QCoreApplication otherwise), parses the
// command line, sets up logging and runs the command. Returns the process exit code.
int run(int argc, char **argv);

} // namespace eas::app
