/* For the Wine smoke test only, never shipped: holds a file open the way SQLite does on Windows (read and
 * write sharing, no delete sharing), as a second program viewing the station would, until its standard
 * input closes. Prints "open" once the file is held. */
#include <windows.h>
#include <stdio.h>

int wmain(int argc, wchar_t **argv) {
    if (argc != 2) return 2;
    HANDLE file = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL, OPEN_EXISTING,
                              FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        printf("cannot open: error %lu\n", GetLastError());
        return 1;
    }
    printf("open\n");
    fflush(stdout);
    char buffer[64];
    while (fgets(buffer, sizeof buffer, stdin) != NULL) {
    }
    CloseHandle(file);
    return 0;
}
