// The commands that scan nothing: install-hook, rules list and check,
// version.

#include <limits.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli.h"
#include "commands.h"
#include "leakgate/embedded_rules.h"
#include "leakgate/git_source.h"
#include "leakgate/install_hook.h"
#include "leakgate/rule_check.h"

namespace leakgate::cli {

int RunInstallHook(const std::string& repo, bool force) {
  char self[PATH_MAX + 1] = {};
  ssize_t length = readlink("/proc/self/exe", self, PATH_MAX);
  if (length <= 0) {
    std::cerr << "leakgate: install-hook: cannot find this program's path "
                 "(/proc/self/exe): "
              << std::strerror(errno) << "\n";
    return kExitError;
  }
  const std::string leakgate(self, static_cast<size_t>(length));
  HookInstall install;
  std::string err;
  HookStatus status =
      InstallPreCommitHook(repo, leakgate, force, &install, &err);
  for (const std::string& note : install.notes)
    std::cerr << "leakgate: warning: " << note << "\n";
  switch (status) {
    case HookStatus::kInstalled:
      std::cout << "leakgate: " << (install.replaced ? "replaced " : "wrote ")
                << install.path << ": each commit now runs " << leakgate
                << " git --staged\n";
      return kExitClean;
    case HookStatus::kUnchanged:
      std::cout << "leakgate: " << install.path
                << " already runs leakgate; unchanged\n";
      return kExitClean;
    case HookStatus::kRefused:
    case HookStatus::kError:
      break;
  }
  std::cerr << "leakgate: install-hook: " << err << "\n";
  return kExitError;
}

namespace {

// A rule's family is the stem of the file that defines it (rules/aws.toml:
// "aws"), the same name --verify-endpoint uses for a provider.
std::string RuleFamily(const Rule& rule) {
  std::string name = rule.source_file;
  size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name.erase(0, slash + 1);
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".toml") == 0)
    name.resize(name.size() - 5);
  return name;
}

}  // namespace

// One line a rule (id, family, severity, name, keywords), then each family
// with its rule count, in the order the pack defines them.
int RunRulesList() {
  Engine engine;
  if (!LoadEngine(&engine, false)) return kExitError;
  std::printf("%-28s %-16s %-9s %-34s %s\n", "ID", "FAMILY", "SEVERITY",
              "NAME", "KEYWORDS");
  std::vector<std::pair<std::string, size_t>> families;
  for (const Rule& rule : engine.rules.rules()) {
    std::string keywords;
    for (const std::string& keyword : rule.keywords)
      keywords += (keywords.empty() ? "" : ", ") + keyword;
    const std::string family = RuleFamily(rule);
    std::printf("%-28s %-16s %-9s %-34s %s\n", rule.id.c_str(),
                family.c_str(), SeverityName(rule.severity),
                rule.name.c_str(), keywords.c_str());
    auto it = std::find_if(families.begin(), families.end(),
                           [&](const auto& f) { return f.first == family; });
    if (it == families.end())
      families.emplace_back(family, 1);
    else
      ++it->second;
  }
  std::printf("\n%-16s %5s\n", "FAMILY", "RULES");
  for (const auto& [family, count] : families)
    std::printf("%-16s %5zu\n", family.c_str(), count);
  std::printf("%zu rules in %zu families, %s\n", engine.rules.size(),
              families.size(), engine.rules.digest().c_str());
  return kExitClean;
}

int RunRulesCheck(const std::string& file) {
  Engine engine;
  std::string err;
  if (file.empty()) {
    // The embedded pack, compiled here in both engines rather than loaded.
    if (!BuildEngine(EmbeddedRuleFiles(), &engine, &err)) {
      std::cerr << "leakgate: rules check: " << err << "\n";
      return kExitFindings;
    }
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "leakgate: rules check: cannot read " << file << "\n";
      return kExitError;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (!BuildEngine({{file, text.str()}}, &engine, &err)) {
      std::cerr << "leakgate: rules check: " << err << "\n";
      return kExitFindings;
    }
  }
  std::vector<RuleCheckFailure> failures;
  size_t examples = CheckRules(engine, &failures);
  for (const RuleCheckFailure& failure : failures)
    std::cout << "FAIL " << failure.rule << ": " << failure.message << "\n";
  std::cout << engine.rules.size() << " rules, " << examples << " examples: "
            << (failures.empty() ? "all passed"
                                 : std::to_string(failures.size()) + " failed")
            << "\n";
  return failures.empty() ? kExitClean : kExitFindings;
}

int RunVersion() {
  char pcre2[64] = {};
  pcre2_config(PCRE2_CONFIG_VERSION, pcre2);
  Engine engine;
  if (!LoadEngine(&engine, false)) return kExitError;
  std::printf("leakgate %s\n", LEAKGATE_VERSION);
  std::printf("rules      %zu rules, %s\n", engine.rules.size(),
              engine.rules.digest().c_str());
  std::printf("hyperscan  %s\n", hs_version());
  std::printf("libgit2    %s\n", Libgit2Version().c_str());
  std::printf("pcre2      %s\n", pcre2);
  return kExitClean;
}

}  // namespace leakgate::cli
