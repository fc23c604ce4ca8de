// A repository's identity for `leakgate merge`: shards run on different
// machines, each on its own clone, so a path says nothing; the refs and the
// ids they name say which history was walked. A broken ref contributes its
// name and "?", so two clones broken alike still agree.

#include "source/git/repo_identity.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "leakgate/sha256.h"

namespace leakgate {

std::string RepositoryIdentity(const GitRepository& repo) {
  std::vector<std::string> names{"HEAD"};
  git_reference_iterator* it = nullptr;
  if (git_reference_iterator_new(&it, repo.get()) == 0) {
    git_reference* ref = nullptr;
    while (git_reference_next(&ref, it) == 0) {
      names.push_back(git_reference_name(ref));
      git_reference_free(ref);
    }
    git_reference_iterator_free(it);
  }
  std::sort(names.begin(), names.end());
  std::string text;
  for (const std::string& name : names) {
    git_oid id;
    const bool named =
        git_reference_name_to_id(&id, repo.get(), name.c_str()) == 0;
    text += name + ' ' + (named ? OidHex(id) : std::string("?")) + '\n';
  }
  Sha256 digest;
  digest.Update(text);
  return "sha256:" + digest.FinalHex();
}

uint32_t BlobShard(const git_oid& id, uint32_t count) {
  uint64_t head = 0;
  for (int i = 0; i < 8; ++i) head = head << 8 | id.id[i];
  return static_cast<uint32_t>(head % count);
}

}  // namespace leakgate
