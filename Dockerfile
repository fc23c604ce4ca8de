# leakgate on Debian 12, built from this source tree. It is the image behind
# the `leakgate-docker` pre-commit hook (.pre-commit-hooks.yaml), which runs
# it as `leakgate git --staged` in the repository being committed to, behind
# the GitHub Action (action.yml, entrypoint leakgate-action) and the GitLab CI
# template (ci/gitlab/leakgate.gitlab-ci.yml, which runs leakgate-ci), and it
# can be used on its own:
#
#   docker build -t leakgate .
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/src" -w /src leakgate git .
#
# The build stage installs what scripts/setup.sh installs for building (its
# compiler, build tools and libraries; not its test and benchmark tools, nor
# gtest and benchmark, as tests are not built here). The final image holds
# only the binary and the shared libraries it needs.

FROM debian:12 AS build
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      g++ cmake ninja-build pkg-config \
      libhyperscan-dev libgit2-dev libcli11-dev nlohmann-json3-dev libpcre2-dev \
      libtomlplusplus-dev libssl-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cmake -S . -B /build -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DLEAKGATE_BUILD_TESTS=OFF -DLEAKGATE_BUILD_BENCH=OFF \
 && cmake --build /build --target leakgate \
 && /build/leakgate version

FROM debian:12-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libgit2-1.5 libhyperscan5 libpcre2-8-0 libtomlplusplus3 libssl3 zlib1g \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /build/leakgate /usr/local/bin/leakgate
# The CI gate (ci/leakgate-ci.sh) and the Action's entrypoint, POSIX sh; the
# slim image has no git, so the gate leaves a missing base to leakgate (exit 2).
COPY ci/leakgate-ci.sh /usr/local/bin/leakgate-ci
COPY ci/github/entrypoint.sh /usr/local/bin/leakgate-action
# pre-commit runs the container as the committing user, who may have no
# entry in /etc/passwd: give libgit2 a home to look for configuration in.
ENV HOME=/tmp
WORKDIR /src
ENTRYPOINT ["leakgate"]
CMD ["--help"]
