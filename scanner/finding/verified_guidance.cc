// The runbook once a live check has answered. Before --verify the AWS steps
// must guess: "find the user" (get-access-key-last-used), "--user-name
// USER", "for a root key…". GetCallerIdentity's ARN settles all of that, so
// a live AWS key's steps are rewritten from it: an IAM user's name goes into
// every command, a `:root` ARN takes the root-key branch (the console, no
// --user-name, no new root key), and an assumed role takes the
// revoke-sessions branch with the role named. Only a `live` verdict with an
// ARN changes anything; an unknown or invalid one leaves the rule's text.

#include "leakgate/verified_guidance.h"

#include <string>

namespace leakgate {
namespace {

constexpr char kEllipsisKey[] = "AKIA\u2026";

std::string Get(const std::map<std::string, std::string>& map,
                const std::string& key) {
  auto it = map.find(key);
  return it == map.end() ? "" : it->second;
}

void ReplaceAll(std::string* text, const std::string& from,
                const std::string& to) {
  if (from.empty()) return;
  for (size_t at = text->find(from); at != std::string::npos;
       at = text->find(from, at + to.size()))
    text->replace(at, from.size(), to);
}

// The access key ID the runbook's commands need: the finding's own for a key
// ID, the paired one (details.aws_access_key_id) for a secret key.
std::string KeyId(const Finding& finding) {
  if (finding.rule == "aws-access-key-id") return finding.secret;
  return Get(finding.details, "aws_access_key_id");
}

std::vector<std::string> RootSteps(const std::string& account,
                                   const std::string& arn,
                                   const std::string& key) {
  const std::string id = key.empty() ? kEllipsisKey : key;
  return {
      "Verified live: this is the root user's access key of account " +
          account + " (GetCallerIdentity: " + arn + ").",
      "Deactivate it as the root user: sign in to the console as root → "
      "account menu → Security credentials → Access keys → " + id +
          " → Deactivate (an IAM identity cannot manage the root user's "
          "keys).",
      "Look for its use: aws cloudtrail lookup-events --lookup-attributes "
      "AttributeKey=AccessKeyId,AttributeValue=" + id,
      "Delete it on the same page and do not create another root key: give "
      "the workload an IAM role or user. Removing the commit does not "
      "un-leak the key.",
  };
}

std::vector<std::string> RoleSteps(const std::string& account,
                                   const std::string& arn,
                                   const std::string& role,
                                   const std::string& key) {
  const std::string id = key.empty() ? "ASIA\u2026" : key;
  return {
      "Verified live: temporary credentials of role " + role +
          " in account " + account + " (GetCallerIdentity: " + arn + ").",
      "Revoke the role's active sessions: IAM console → Roles → " + role +
          " → Revoke active sessions, or aws iam put-role-policy --role-name " +
          role +
          " --policy-name AWSRevokeOlderSessions --policy-document "
          "'{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
          "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":"
          "{\"aws:TokenIssueTime\":\"NOW\"}}}]}' (NOW: the current time, "
          "ISO 8601 UTC).",
      "Look for its use: aws cloudtrail lookup-events --lookup-attributes "
      "AttributeKey=AccessKeyId,AttributeValue=" + id,
      "Find who assumed " + role +
          " (CloudTrail AssumeRole events for the role) and close that path "
          "too. Removing the commit does not un-leak the token.",
  };
}

// Erases " OPEN…CLOSE" (the first one) from `step`: the rule's aside for
// the case the check has ruled out.
void EraseAside(std::string* step, const std::string& open,
                const std::string& close) {
  const size_t begin = step->find(open);
  if (begin == std::string::npos) return;
  const size_t end = step->find(close, begin);
  if (end == std::string::npos) return;
  const size_t from = begin > 0 && (*step)[begin - 1] == ' ' ? begin - 1 : begin;
  step->erase(from, end + close.size() - from);
}

// An IAM user: the rule's steps with the user and key filled in, and the
// step that would look the user up replaced by what the check said.
std::vector<std::string> UserSteps(const Guidance& guidance,
                                   const std::string& account,
                                   const std::string& arn,
                                   const std::string& user,
                                   const std::string& key) {
  const std::string known = "Verified live: the key belongs to IAM user " +
                            user + " in account " + account +
                            " (GetCallerIdentity: " + arn + ")" +
                            (key.empty() ? "." : "; its key ID is " + key + ".");
  std::vector<std::string> steps;
  bool told = false;
  for (std::string step : guidance.steps) {
    const bool lookup =
        step.find("get-access-key-last-used") != std::string::npos ||
        step.rfind("Find its key ID", 0) == 0;
    if (lookup && !told) {
      steps.push_back(known);
      told = true;
      continue;
    }
    EraseAside(&step, "For a root key:", "Deactivate.");
    EraseAside(&step, "(for a root key:", ")");
    ReplaceAll(&step, "--user-name USER", "--user-name " + user);
    if (!key.empty()) ReplaceAll(&step, kEllipsisKey, key);
    steps.push_back(step);
  }
  if (!told) steps.insert(steps.begin(), known);
  return steps;
}

}  // namespace

Guidance WithVerifiedIdentity(const Finding& finding, Guidance guidance) {
  if (!finding.has_verification || finding.verification.status != "live")
    return guidance;
  const auto& identity = finding.verification.identity;
  const std::string arn = Get(identity, "arn");
  const bool aws = finding.rule.starts_with("aws-");
  if (!aws || arn.empty()) {
    const std::string who = Get(identity, "user");
    guidance.summary += " Verified live with the provider" +
                        (who.empty() ? std::string() : " as " + who) + ".";
    return guidance;
  }
  const std::string account = Get(identity, "account");
  const std::string key = KeyId(finding);
  guidance.summary += " Verified live as " + arn + ".";
  if (arn.size() > 5 && arn.compare(arn.size() - 5, 5, ":root") == 0) {
    guidance.steps = RootSteps(account, arn, key);
  } else if (!Get(identity, "role").empty()) {
    guidance.steps = RoleSteps(account, arn, Get(identity, "role"), key);
  } else if (!Get(identity, "user").empty()) {
    guidance.steps =
        UserSteps(guidance, account, arn, Get(identity, "user"), key);
  }
  return guidance;
}

}  // namespace leakgate
