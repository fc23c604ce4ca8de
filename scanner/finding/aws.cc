// AWS key IDs carry their account: characters 5-20 are base32, and bits
// 1..40 of the first 48 decoded bits (after dropping the low 7) are the
// account number. Keys from before that scheme start AKIAI/AKIAJ.

#include "leakgate/aws.h"

#include <cstdint>
#include <cstdio>

namespace leakgate {
namespace {

int Base32Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

}  // namespace

bool DecodeAwsAccount(std::string_view key_id, std::string* account) {
  if (key_id.size() != 20 || key_id[4] == 'I' || key_id[4] == 'J') return false;
  // 48 bits are the first 10 base32 digits minus 2 bits: decode 10 digits
  // (50 bits) and drop the last 2.
  uint64_t bits = 0;
  for (size_t i = 4; i < 14; ++i) {
    int value = Base32Value(key_id[i]);
    if (value < 0) return false;
    bits = (bits << 5) | static_cast<uint64_t>(value);
  }
  uint64_t z = bits >> 2;
  uint64_t number = (z & 0x7FFFFFFFFF80ULL) >> 7;
  char text[16];
  std::snprintf(text, sizeof(text), "%012llu",
                static_cast<unsigned long long>(number));
  *account = text;
  return true;
}

std::map<std::string, std::string> AwsKeyIdDetails(std::string_view key_id) {
  std::map<std::string, std::string> details;
  std::string account;
  if (DecodeAwsAccount(key_id, &account) && account.size() > 12) {
    // 40 bits hold numbers past 12 digits, which no account has: a made-up
    // or test ID. Still reported; aws_account stays 12 digits or absent.
    details["aws_account_note"] = "decodes to " + account +
                                  ", more than 12 digits: no AWS account has "
                                  "this number, so the ID is likely not real";
  } else if (!account.empty()) {
    details["aws_account"] = account;
  } else {
    details["aws_account_note"] =
        "not encoded in this key ID (5th character I or J); "
        "aws sts get-access-key-info names it";
  }
  std::string_view prefix = key_id.substr(0, 4);
  if (prefix == "AKIA")
    details["key_type"] = "long-term IAM user or root key";
  else if (prefix == "ASIA")
    details["key_type"] = "temporary STS session key";
  else if (prefix == "ABIA")
    details["key_type"] = "AWS STS service bearer token";
  else if (prefix == "ACCA")
    details["key_type"] = "context-specific credential";
  return details;
}

}  // namespace leakgate
