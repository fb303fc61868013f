// The header declares libFuzzer's driver; there is nothing to compile here.
#include "CLibFuzzer.h"
