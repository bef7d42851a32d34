#pragma once

#include <cstddef>

namespace eas::logs::MappedWindowGuard {

// Keeps a bad page of a memory-mapped log window from killing the process. Reading a mapped page
// the file no longer holds (it got shorter since it was mapped) or that cannot be read (a disk
// error, a network share gone) raises SIGBUS. While a thread has a window entered here, the
// handler puts zero pages over the rest of that window and notes it: the scan reads zeros, and
// the reader reports the file as changed. Faults anywhere else go to the handler there was before.

// Installs the handler (once per process). False where there is none (not a Unix system): files
// are then read, not mapped.
bool install();

// The calling thread's window: [begin, begin + size).
void enter(const char *begin, std::size_t size);
// The thread has no window any more.
void leave();
// Whether the calling thread's window has faulted since enter().
bool faulted();

} // namespace eas::logs::MappedWindowGuard
