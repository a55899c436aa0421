# Developer conveniences: `ninja format` rewrites the sources with .clang-format,
# `ninja check` runs the suite with its output on failure. The suite's
# clang_format test fails on any file that drifts from .clang-format, so the
# style is kept by the tools rather than by review.
file(GLOB_RECURSE releasedesk_format_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
    ${PROJECT_SOURCE_DIR}/services/*.cpp ${PROJECT_SOURCE_DIR}/services/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
# Debian 12's clang-format is version 14; another version formats a few
# constructs differently, so the check names the one it was written for.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXECUTABLE)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${releasedesk_format_sources}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Formatting sources with clang-format")
endif()

if(RELEASEDESK_BUILD_TESTS)
    add_custom_target(check
        COMMAND ${CMAKE_CTEST_COMMAND} --output-on-failure
        WORKING_DIRECTORY ${PROJECT_BINARY_DIR}
        USES_TERMINAL)
    if(CLANG_FORMAT_EXECUTABLE)
        add_test(NAME clang_format
            COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run --Werror ${releasedesk_format_sources}
            WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    else()
        add_test(NAME clang_format COMMAND sh -c
            "echo 'clang-format not found: install it (scripts/install-deps.sh does)' >&2; exit 1")
    endif()
endif()
