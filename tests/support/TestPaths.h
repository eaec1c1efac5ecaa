// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mw::test {

// Where the test sources and the built CLI are, as CMake configured them.
[[nodiscard]] QString sourceDir();
[[nodiscard]] QString cliPath();
// python3 on PATH (the real MIME parser and the server fixtures are Python).
[[nodiscard]] QString python();

} // namespace mw::test
