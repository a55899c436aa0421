# One INTERFACE target that every ReleaseDesk target links: the language level,
# warnings (errors in CI), Qt's strictness switches and, optionally, the
# sanitizers.
add_library(releasedesk_common INTERFACE)
target_compile_features(releasedesk_common INTERFACE cxx_std_20)
target_compile_options(releasedesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(releasedesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    RELEASEDESK_VERSION="${PROJECT_VERSION}")

# CI builds (scripts/test.sh) treat every warning as an error so that none
# accumulates; people's own builds keep going past one while they work.
if(RELEASEDESK_WERROR)
    target_compile_options(releasedesk_common INTERFACE -Werror)
endif()

if(RELEASEDESK_SANITIZE)
    target_compile_options(releasedesk_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(releasedesk_common INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer's coverage and the sanitizers on every library of the fuzz build;
# only the fuzz targets link libFuzzer's main() (tests/fuzz). Optimised, as a
# fuzzer's worth is its executions per second, with assertions kept.
if(RELEASEDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "RELEASEDESK_FUZZ needs clang for libFuzzer: configure with CXX=clang++")
    endif()
    target_compile_options(releasedesk_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined -O1 -g)
    target_link_options(releasedesk_common INTERFACE -fsanitize=address,undefined)
endif()
