// Plain-text pieces shared by the SARIF, GitLab and JUnit reports.

#include "report_text.h"

namespace leakgate {

std::string Clip(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  return text.substr(0, end);
}

std::string GuidanceText(const Guidance& guidance) {
  std::string text = guidance.summary;
  if (!guidance.steps.empty()) text += "\n";
  for (size_t i = 0; i < guidance.steps.size(); ++i)
    text.append("\n")
        .append(std::to_string(i + 1))
        .append(". ")
        .append(guidance.steps[i]);
  if (!guidance.links.empty()) text += "\n";
  for (const std::string& link : guidance.links) text.append("\n").append(link);
  return text;
}

}  // namespace leakgate
