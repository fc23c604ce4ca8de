# Installation and the Debian package (`cpack -G DEB` in the build
# directory): the binary, the man page leakgate(1), bash, zsh and fish
# completions, and the documentation, laid out as Debian policy asks (man
# page and changelog compressed with gzip -9n, a copyright file, a stripped
# binary, dependencies from dpkg-shlibdeps). scripts/package.sh builds it,
# installs it and runs lintian on it.

include(GNUInstallDirs)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)

set(LEAKGATE_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/leakgate)
set(packaging_out ${CMAKE_BINARY_DIR}/packaging)
# gzip -n: no name or time stamp, so the package is reproducible.
add_custom_command(
    OUTPUT ${packaging_out}/leakgate.1.gz ${packaging_out}/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/docs/leakgate.1
            > ${packaging_out}/leakgate.1.gz
    COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/packaging/changelog
            > ${packaging_out}/changelog.gz
    DEPENDS ${CMAKE_SOURCE_DIR}/docs/leakgate.1
            ${CMAKE_SOURCE_DIR}/packaging/changelog
    VERBATIM)
add_custom_target(leakgate_packaging_files ALL
    DEPENDS ${packaging_out}/leakgate.1.gz ${packaging_out}/changelog.gz)

install(TARGETS leakgate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${packaging_out}/leakgate.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES packaging/completions/leakgate.bash
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions
        RENAME leakgate)
install(FILES packaging/completions/_leakgate
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/vendor-completions)
install(FILES packaging/completions/leakgate.fish
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/fish/vendor_completions.d)
install(FILES packaging/copyright ${packaging_out}/changelog.gz
              README.md docs/ci.md docs/design.md docs/rules.md
        DESTINATION ${LEAKGATE_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME leakgate)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "leakgate maintainers <leakgate@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "find leaked credentials in files and git history")
set(CPACK_PACKAGE_DESCRIPTION
    "leakgate finds credentials (AWS keys first) in files, directories and git
history (through libgit2, nothing from the repository is run), and says for
each how to revoke or rotate it. It runs as a pre-commit hook (git --staged),
as a CI gate on a commit range, and writes text, JSON, SARIF, GitLab
secret-detection and JUnit reports.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})
include(CPack)
