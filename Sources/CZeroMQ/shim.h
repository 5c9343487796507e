// libzmq (Debian's libzmq3-dev). Every function the kernel uses has a fixed argument
// list, so Swift calls them directly; no C wrappers are needed.
#include <zmq.h>
