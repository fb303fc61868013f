/* The release's stand-in for libcurl (scripts/release.sh).
 *
 * Foundation's networking part, which a dependency of chibo imports
 * (FlyingFox's proxy handler, which chibo never uses), needs libcurl; a
 * release linked statically would need libcurl and all it links (TLS,
 * HTTP/2, LDAP, Kerberos), and chibo makes no request to any host. So the
 * release links these functions instead: each fails the way libcurl fails
 * when it cannot start, and nothing in chibo calls them. */
#include <stddef.h>

enum { CURLE_FAILED_INIT = 2, CURLM_INTERNAL_ERROR = 4, CURLUE_OUT_OF_MEMORY = 7 };

void *curl_easy_init(void) { return NULL; }
void curl_easy_cleanup(void *handle) { (void)handle; }
int curl_easy_setopt(void *handle, int option, ...) { (void)handle; (void)option; return CURLE_FAILED_INIT; }
int curl_easy_getinfo(void *handle, int info, ...) { (void)handle; (void)info; return CURLE_FAILED_INIT; }
int curl_easy_pause(void *handle, int mask) { (void)handle; (void)mask; return CURLE_FAILED_INIT; }
const char *curl_easy_strerror(int code) { (void)code; return "libcurl is not part of this chibo release"; }
void curl_free(void *pointer) { (void)pointer; }
int curl_global_init(long flags) { (void)flags; return CURLE_FAILED_INIT; }
void *curl_multi_init(void) { return NULL; }
int curl_multi_add_handle(void *multi, void *easy) { (void)multi; (void)easy; return CURLM_INTERNAL_ERROR; }
int curl_multi_remove_handle(void *multi, void *easy) { (void)multi; (void)easy; return CURLM_INTERNAL_ERROR; }
int curl_multi_assign(void *multi, int socket, void *pointer) { (void)multi; (void)socket; (void)pointer; return CURLM_INTERNAL_ERROR; }
int curl_multi_cleanup(void *multi) { (void)multi; return CURLM_INTERNAL_ERROR; }
void *curl_multi_info_read(void *multi, int *left) { (void)multi; if (left) *left = 0; return NULL; }
int curl_multi_setopt(void *multi, int option, ...) { (void)multi; (void)option; return CURLM_INTERNAL_ERROR; }
int curl_multi_socket_action(void *multi, int socket, int mask, int *running) {
    (void)multi; (void)socket; (void)mask; if (running) *running = 0; return CURLM_INTERNAL_ERROR;
}
void *curl_slist_append(void *list, const char *text) { (void)list; (void)text; return NULL; }
void curl_slist_free_all(void *list) { (void)list; }
void *curl_url(void) { return NULL; }
int curl_url_get(void *url, int part, char **text, unsigned flags) {
    (void)url; (void)part; (void)flags; if (text) *text = NULL; return CURLUE_OUT_OF_MEMORY;
}
int curl_url_set(void *url, int part, const char *text, unsigned flags) {
    (void)url; (void)part; (void)text; (void)flags; return CURLUE_OUT_OF_MEMORY;
}
char *curl_version(void) { return "libcurl is not part of this chibo release"; }
void *curl_version_info(int age) { (void)age; return NULL; }
