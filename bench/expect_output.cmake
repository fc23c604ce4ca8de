# Runs COMMAND (a list) and fails unless it exits 0 and its standard output
# matches every regular expression in EXPECT (a list); with EXPECT_FILE, the
# command must write that file, and it must match them too. For the benchmark
# tests, which check what a benchmark reports, never how fast it ran.
#   cmake "-DCOMMAND=prog;arg" "-DEXPECT=re1;re2" [-DEXPECT_FILE=path] -P expect_output.cmake

if(DEFINED EXPECT_FILE)
  file(REMOVE "${EXPECT_FILE}")  # a file left by an earlier run proves nothing
endif()
execute_process(COMMAND ${COMMAND}
                RESULT_VARIABLE status
                OUTPUT_VARIABLE stdout
                ERROR_VARIABLE stderr)
message("${stdout}")
message("${stderr}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "exit status ${status}, expected 0")
endif()

set(texts "standard output")
set(text_0 "${stdout}")
if(DEFINED EXPECT_FILE)
  if(NOT EXISTS "${EXPECT_FILE}")
    message(FATAL_ERROR "${EXPECT_FILE} was not written")
  endif()
  file(READ "${EXPECT_FILE}" text_1)
  list(APPEND texts "${EXPECT_FILE}")
endif()

set(index 0)
foreach(where IN LISTS texts)
  foreach(regex IN LISTS EXPECT)
    if(NOT text_${index} MATCHES "${regex}")
      message(FATAL_ERROR "${where} does not match: ${regex}")
    endif()
  endforeach()
  math(EXPR index "${index} + 1")
endforeach()
