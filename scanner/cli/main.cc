// leakgate: find leaked credentials before they are published.
#include "cli.h"

int main(int argc, char** argv) { return leakgate::cli::Main(argc, argv); }
