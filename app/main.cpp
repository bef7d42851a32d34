#include "AppMain.h"

int main(int argc, char **argv)
{
    return eas::app::run(argc, argv);
}
