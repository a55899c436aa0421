# releasedesk_export_headers(target)
# The library defined in the current folder exports that folder's headers, and
# only those, under their path from the project root ("services/http/...").
# A link to the folder, in an include folder of the library's own in the build
# tree, is what makes `#include "services/http/httpclient.h"` resolve; a
# target that does not link the library gets "No such file", so an include
# that crosses the layers (ui -> services, models -> anything) fails the build.
# tests/tst_layers.cpp checks the same rules on the sources, with Qt's modules.
function(releasedesk_export_headers target)
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    set(root ${PROJECT_BINARY_DIR}/include/${target})
    get_filename_component(parent ${root}/${folder} DIRECTORY)
    file(MAKE_DIRECTORY ${parent})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
endfunction()
