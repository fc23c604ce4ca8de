// Byte counts for people: "512 B", "1.5 MiB".
#pragma once

#include <cstdint>
#include <string>

namespace leakgate {

std::string HumanBytes(uint64_t bytes);

}  // namespace leakgate
