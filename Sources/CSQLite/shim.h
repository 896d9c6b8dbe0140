#include <sqlite3.h>

// SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift cannot import.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

// sqlite3_db_config is variadic, which Swift cannot call: turns the connection's triggers on or off
// (TEMP triggers excepted), returning SQLite's result code.
static inline int csqlite_enable_triggers(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, (int *)0);
}

// sqlite3_config is variadic too: stops SQLite counting its memory (SQLITE_CONFIG_MEMSTATUS), which takes a
// process-wide mutex at every allocation and free. Only before SQLite is initialised (the first connection
// opened); later it returns SQLITE_MISUSE and changes nothing.
static inline int csqlite_stop_counting_memory(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
