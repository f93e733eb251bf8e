/**
 * The workshop on the network: an embedded Javalin server with the trainer's and the players'
 * pages (plain ES modules and CSS from the jar, no build step), a WebSocket per page and the join
 * URL as a QR code. It only carries messages: the session itself is {@code samen.workshop}.
 */
package samen.web;
