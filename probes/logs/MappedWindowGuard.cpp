#include "MappedWindowGuard.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <atomic>
#include <csignal>
#include <cstdint>
#include <mutex>

#include <sys/mman.h>
#include <unistd.h>
#endif

namespace eas::logs::MappedWindowGuard {

#ifdef Q_OS_UNIX

namespace {

struct Window
{
    const char *begin = nullptr;
    std::size_t size = 0;
    volatile std::sig_atomic_t faulted = 0;
};

thread_local Window t_window;
struct sigaction g_previous;

// Passes a fault that is not ours on to the handler there was before, or to the default action
// (the fault happens again on return and ends the process, as without this handler).
void passOn(int signal, siginfo_t *info, void *context)
{
    if (g_previous.sa_flags & SA_SIGINFO) {
        g_previous.sa_sigaction(signal, info, context);
    } else if (g_previous.sa_handler != SIG_DFL && g_previous.sa_handler != SIG_IGN) {
        g_previous.sa_handler(signal);
    } else {
        struct sigaction defaults = {};
        defaults.sa_handler = SIG_DFL;
        sigemptyset(&defaults.sa_mask);
        sigaction(signal, &defaults, nullptr);
    }
}

// Async-signal-safe: reads this thread's window and calls mmap(2).
void onSigbus(int signal, siginfo_t *info, void *context)
{
    Window &w = t_window;
    const auto *address = static_cast<const char *>(info->si_addr);
    if (!w.begin || address < w.begin || address >= w.begin + w.size) {
        passOn(signal, info, context);
        return;
    }
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t from = std::uintptr_t(address) & ~(page - 1);
    const std::uintptr_t to = (std::uintptr_t(w.begin + w.size) + page - 1) & ~(page - 1);
    void *zeros = mmap(reinterpret_cast<void *>(from),
                       to - from,
                       PROT_READ,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                       -1,
                       0);
    if (zeros == MAP_FAILED) {
        passOn(signal, info, context);
        return;
    }
    w.faulted = 1;
}

} // namespace

bool install()
{
    static bool installed = false;
    static std::once_flag once;
    std::call_once(once, [] {
        struct sigaction action = {};
        action.sa_sigaction = onSigbus;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&action.sa_mask);
        installed = sigaction(SIGBUS, &action, &g_previous) == 0;
    });
    return installed;
}

void enter(const char *begin, std::size_t size)
{
    t_window.faulted = 0;
    t_window.size = size;
    t_window.begin = begin;
    std::atomic_signal_fence(std::memory_order_seq_cst); // set before the window is read
}

void leave()
{
    std::atomic_signal_fence(std::memory_order_seq_cst); // the window was read before
    t_window.begin = nullptr;
    t_window.size = 0;
}

bool faulted()
{
    return t_window.faulted != 0;
}

#else

bool install()
{
    return false;
}

void enter(const char *, std::size_t) {}

void leave() {}

bool faulted()
{
    return false;
}

#endif

} // namespace eas::logs::MappedWindowGuard
