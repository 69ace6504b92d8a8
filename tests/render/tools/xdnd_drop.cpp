// A drag-and-drop source for tests: drops files on a window the way a file manager does (the XDND protocol,
// version 5, type text/uri-list), then asks the window to close (WM_DELETE_WINDOW).
//   xdnd_drop PID "WINDOW TITLE" FILE... : waits up to 60 s for a window with that title owned by process PID
//   (_NET_WM_PID, so that other windows of the same program are left alone), drops the files at its centre, waits
//   for XdndFinished, then closes it. Exit 0 when the window took the drop, 1 otherwise.
// Xlib only (libx11-dev), so that the test needs no tool outside Debian's build dependencies.
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace {

long windowPid(Display* d, Window w, Atom netWmPid) {
    Atom type = None;
    int format = 0;
    unsigned long n = 0, after = 0;
    unsigned char* data = nullptr;
    long pid = -1;
    if (XGetWindowProperty(d, w, netWmPid, 0, 1, False, XA_CARDINAL, &type, &format, &n, &after, &data) == Success &&
        data && n == 1)
        pid = *reinterpret_cast<long*>(data);
    if (data) XFree(data);
    return pid;
}

Window findByTitle(Display* d, Window w, const std::string& title, long pid, Atom netWmName, Atom utf8, Atom netWmPid) {
    Atom type = None;
    int format = 0;
    unsigned long n = 0, after = 0;
    unsigned char* data = nullptr;
    if (XGetWindowProperty(d, w, netWmName, 0, 1024, False, utf8, &type, &format, &n, &after, &data) == Success && data) {
        const bool match = title == reinterpret_cast<char*>(data) && windowPid(d, w, netWmPid) == pid;
        XFree(data);
        if (match) return w;
    }
    Window root = 0, parent = 0;
    Window* children = nullptr;
    unsigned int count = 0;
    if (!XQueryTree(d, w, &root, &parent, &children, &count)) return 0;
    Window found = 0;
    for (unsigned int i = 0; i < count && !found; ++i)
        found = findByTitle(d, children[i], title, pid, netWmName, utf8, netWmPid);
    if (children) XFree(children);
    return found;
}

void sendClientMessage(Display* d, Window to, Atom type, const long (&l)[5]) {
    XEvent e{};
    e.xclient.type = ClientMessage;
    e.xclient.window = to;
    e.xclient.message_type = type;
    e.xclient.format = 32;
    for (int i = 0; i < 5; ++i) e.xclient.data.l[i] = l[i];
    XSendEvent(d, to, False, NoEventMask, &e);
    XFlush(d);
}

std::string percentEncoded(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || std::strchr("/-_.~", c)) out += static_cast<char>(c);
        else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: xdnd_drop PID \"WINDOW TITLE\" FILE...\n");
        return 2;
    }
    Display* d = XOpenDisplay(nullptr);
    if (!d) {
        std::fprintf(stderr, "xdnd_drop: cannot open the display\n");
        return 1;
    }
    const Window root = DefaultRootWindow(d);
    auto atom = [&](const char* name) { return XInternAtom(d, name, False); };
    const Atom netWmName = atom("_NET_WM_NAME"), utf8 = atom("UTF8_STRING"), netWmPid = atom("_NET_WM_PID");
    const long pid = std::strtol(argv[1], nullptr, 10);
    const std::string title = argv[2];
    const Atom xdndAware = atom("XdndAware"), xdndEnter = atom("XdndEnter"), xdndPosition = atom("XdndPosition"),
               xdndStatus = atom("XdndStatus"), xdndDrop = atom("XdndDrop"), xdndFinished = atom("XdndFinished"),
               xdndLeave = atom("XdndLeave"), xdndSelection = atom("XdndSelection"),
               xdndActionCopy = atom("XdndActionCopy"), uriList = atom("text/uri-list");

    Window target = 0;
    for (int i = 0; i < 600 && !target; ++i) {
        target = findByTitle(d, root, title, pid, netWmName, utf8, netWmPid);
        if (!target) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!target) {
        std::fprintf(stderr, "xdnd_drop: no window titled '%s' of process %ld within 60 s\n", title.c_str(), pid);
        return 1;
    }
    // The window must be mapped and say it takes drops.
    for (int i = 0; i < 100; ++i) {
        XWindowAttributes a{};
        Atom type = None;
        int format = 0;
        unsigned long n = 0, after = 0;
        unsigned char* data = nullptr;
        const bool aware = XGetWindowProperty(d, target, xdndAware, 0, 1, False, AnyPropertyType, &type, &format, &n,
                                              &after, &data) == Success && data;
        if (data) XFree(data);
        if (XGetWindowAttributes(d, target, &a) && a.map_state == IsViewable && aware) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }

    std::string uris;
    for (int i = 3; i < argc; ++i)
        uris += "file://" + percentEncoded(std::filesystem::absolute(argv[i]).lexically_normal().string()) + "\r\n";

    const Window source = XCreateSimpleWindow(d, root, 0, 0, 1, 1, 0, 0, 0);
    XSetSelectionOwner(d, xdndSelection, source, CurrentTime);
    XWindowAttributes attrs{};
    XGetWindowAttributes(d, target, &attrs);
    int x = 0, y = 0;
    Window child = 0;
    XTranslateCoordinates(d, target, root, attrs.width / 2, attrs.height / 2, &x, &y, &child);

    const long version = 5;
    sendClientMessage(d, target, xdndEnter, {static_cast<long>(source), version << 24, static_cast<long>(uriList), 0, 0});
    sendClientMessage(d, target, xdndPosition,
                      {static_cast<long>(source), 0, (static_cast<long>(x) << 16) | y, CurrentTime,
                       static_cast<long>(xdndActionCopy)});

    bool accepted = false, dropped = false, finished = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!finished && std::chrono::steady_clock::now() < deadline) {
        while (XPending(d)) {
            XEvent e;
            XNextEvent(d, &e);
            if (e.type == ClientMessage && e.xclient.message_type == xdndStatus) {
                accepted = (e.xclient.data.l[1] & 1) != 0;
                if (accepted && !dropped) {
                    sendClientMessage(d, target, xdndDrop, {static_cast<long>(source), 0, CurrentTime, 0, 0});
                    dropped = true;
                } else if (!accepted) {
                    sendClientMessage(d, target, xdndLeave, {static_cast<long>(source), 0, 0, 0, 0});
                    std::fprintf(stderr, "xdnd_drop: the window refused text/uri-list\n");
                    return 1;
                }
            } else if (e.type == SelectionRequest) {  // the window asks for the dropped data
                const XSelectionRequestEvent& r = e.xselectionrequest;
                XEvent reply{};
                reply.xselection.type = SelectionNotify;
                reply.xselection.requestor = r.requestor;
                reply.xselection.selection = r.selection;
                reply.xselection.target = r.target;
                reply.xselection.time = r.time;
                reply.xselection.property = None;
                if (r.target == uriList) {
                    XChangeProperty(d, r.requestor, r.property, uriList, 8, PropModeReplace,
                                    reinterpret_cast<const unsigned char*>(uris.data()), static_cast<int>(uris.size()));
                    reply.xselection.property = r.property;
                }
                XSendEvent(d, r.requestor, False, NoEventMask, &reply);
                XFlush(d);
            } else if (e.type == ClientMessage && e.xclient.message_type == xdndFinished) {
                finished = true;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (!finished) {
        std::fprintf(stderr, "xdnd_drop: the window did not finish the drop within 30 s (accepted: %d)\n", accepted);
        return 1;
    }
    // Give the application a moment to read the file, then close it as a window manager would.
    std::this_thread::sleep_for(std::chrono::seconds(3));
    sendClientMessage(d, target, atom("WM_PROTOCOLS"), {static_cast<long>(atom("WM_DELETE_WINDOW")), CurrentTime, 0, 0, 0});
    XCloseDisplay(d);
    std::printf("xdnd_drop: dropped %d file(s) on '%s' (process %ld)\n", argc - 3, title.c_str(), pid);
    return 0;
}
