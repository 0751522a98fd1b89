# A throwaway OpenSSH server for the remote door's tests, sourced by a
# suite: sshd_start adds a dedicated account (the hub's SSH account, as
# docs/remote.md sets one up), copies hubdesk where sshd accepts an
# AuthorizedKeysCommand, writes a config of its own with a new host key in
# a temporary folder, and starts /usr/sbin/sshd in the foreground on a free
# port of 127.0.0.1; sshd_stop stops it and removes the account and the
# folder. Root only: sshd must switch to the account, and only root adds one.
#
# The folder is made under /run, not /tmp: sshd runs an AuthorizedKeysCommand
# only when no folder above it is writable by others, and /tmp is.

# sshd_skip_reason: why the suite cannot start a server, or nothing.
sshd_skip_reason() {
	[ -x /usr/sbin/sshd ] || { echo "no OpenSSH server (apt-get install openssh-server)"; return; }
	command -v ssh >/dev/null 2>&1 && command -v ssh-keygen >/dev/null 2>&1 ||
	    { echo "no OpenSSH client (apt-get install openssh-client)"; return; }
	[ "$(id -u)" = 0 ] || { echo "not root: only root can add the account sshd logs in to"; return; }
	command -v useradd >/dev/null 2>&1 || echo "no useradd (apt-get install passwd)"
}

# sshd_start: sets SSH_DIR, SSH_USER, SSH_PORT, SSH_HUBDESK (the copy sshd
# runs) and HUB_DB (the database it serves, owned by SSH_USER).
sshd_start() {
	SSH_DIR=$(mktemp -d /run/hubdesk-ssh.XXXXXX) || return 1
	chmod 755 "$SSH_DIR"
	SSH_USER=hdt$$
	useradd -M -d "$SSH_DIR/home" -s /bin/sh "$SSH_USER" || return 1
	# '*': no password works, yet the account is not locked ('!'), which
	# sshd without PAM would refuse outright.
	usermod -p '*' "$SSH_USER" || return 1
	mkdir -p "$SSH_DIR/bin" "$SSH_DIR/data" "$SSH_DIR/home" /run/sshd
	chown "$SSH_USER" "$SSH_DIR/home"
	chmod 755 "$SSH_DIR/bin" /run/sshd
	cp "$HUBDESK_BIN" "$SSH_DIR/bin/hubdesk"
	# The catalogues beside the copy, where it looks for them.
	[ -d "$ROOT/build/locale" ] && cp -r "$ROOT/build/locale" "$SSH_DIR/bin/locale"
	chmod -R go-w "$SSH_DIR/bin"
	SSH_HUBDESK=$SSH_DIR/bin/hubdesk
	chown "$SSH_USER" "$SSH_DIR/data"
	HUB_DB=$SSH_DIR/data/hub.db
	# The config the sessions read: tests add keys to it.
	printf 'ssh_user = %s\n' "$SSH_USER" >"$SSH_DIR/data/config"
	chmod 644 "$SSH_DIR/data/config"
	ssh-keygen -q -t ed25519 -N '' -f "$SSH_DIR/host_key" || return 1
	for try in 1 2 3 4 5 6 7 8; do
		SSH_PORT=$((20000 + ($$ * 7 + try * 131) % 40000))
		# The settings docs/remote.md gives a hub, its Match block word
		# for word, around what a throwaway server needs of its own.
		cat >"$SSH_DIR/sshd_config" <<CONF
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSH_DIR/host_key
PidFile $SSH_DIR/sshd.pid
UsePAM no
StrictModes no
LogLevel VERBOSE
AllowUsers $SSH_USER
AcceptEnv LANG LC_* LANGUAGE
PermitUserEnvironment no

Match User $SSH_USER
    AuthorizedKeysFile none
    AuthorizedKeysCommand $SSH_HUBDESK --db $HUB_DB --config $SSH_DIR/data/config ssh-keys %u %t %k
    AuthorizedKeysCommandUser $SSH_USER
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    DisableForwarding yes
    PermitTTY yes
CONF
		/usr/sbin/sshd -t -f "$SSH_DIR/sshd_config" || return 1
		/usr/sbin/sshd -D -e -f "$SSH_DIR/sshd_config" 2>"$SSH_DIR/sshd.log" &
		SSH_PID=$!
		i=0
		while [ $i -lt 200 ]; do
			grep -q "Server listening" "$SSH_DIR/sshd.log" && return 0
			kill -0 $SSH_PID 2>/dev/null || break
			sleep 0.05
			i=$((i + 1))
		done
		kill $SSH_PID 2>/dev/null
		wait $SSH_PID 2>/dev/null
	done
	cat "$SSH_DIR/sshd.log"
	return 1
}

sshd_stop() {
	[ -n "${SSH_DIR:-}" ] || return 0
	[ -n "${SSH_PID:-}" ] && kill "$SSH_PID" 2>/dev/null && wait "$SSH_PID" 2>/dev/null
	pkill -u "$SSH_USER" 2>/dev/null
	userdel "$SSH_USER" 2>/dev/null
	rm -rf "$SSH_DIR"
}

# as_hub ARGS...: hubdesk on HUB_DB as the hub's account, as its kiosk and
# cron jobs run it, so every file of the database stays the account's.
as_hub() {
	runuser -u "$SSH_USER" -- "$SSH_HUBDESK" --db "$HUB_DB" --config "$SSH_DIR/data/config" "$@"
}

# ssh_hub KEY [ARGS...]: ssh to the hub's account with the private key KEY,
# trusting the throwaway host key, reading no config of the machine's.
ssh_hub() {
	key=$1
	shift
	ssh -F /dev/null -i "$key" -p "$SSH_PORT" -o BatchMode=yes -o IdentitiesOnly=yes \
	    -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
	    -o SendEnv="LANG LC_ALL LANGUAGE" "$SSH_USER@127.0.0.1" "$@"
}
