#!/bin/sh
# The domain's refusals in Finnish and Swedish: the same exit codes, one
# line, the database unchanged, and the times, dates and holiday names
# written as each language writes them ("klo 9.00", "kl. 9.00", 24.12.2026).
. "$(dirname "$0")/../lib.sh"

# refused LANG WANT ARGS...: refused as expect_refused checks, in LANG.
refused() {
	lang=$1 want=$2
	shift 2
	expect_refused "$want" --lang "$lang" --now "$NOW" "$@"
}

test_a_slot_taken_says_when_it_is_free() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 12:00
	refused fi 1 book --member "$B" --space D01 --date 2026-11-24 --from 10:00 --to 11:00
	err_has '^hubdesk: D01 on toisen jäsenen varaama klo 9\.00–12\.00; vapaa klo 12\.00 alkaen$'
	refused sv 1 book --member "$B" --space D01 --date 2026-11-24 --from 10:00 --to 11:00
	err_has '^hubdesk: D01 är bokad av en annan medlem kl\. 9\.00–12\.00; ledig från kl\. 12\.00$'
	# The member's own booking, with its hint for the command line.
	refused fi 1 book --member "$A" --space D01 --date 2026-11-24 --from 10:00 --to 11:00
	err_has "^hubdesk: sinulla on jo varattuna D01 klo 9\.00–12\.00; 'hubdesk bookings' näyttää varauksesi$"
}

test_hours_closed_days_and_holidays_in_words() {
	small_hub
	refused fi 1 book --member "$A" --space D01 --date 2026-11-24 --from 07:00 --to 10:00
	err_has '^hubdesk: tila on auki tiistaisin klo 8\.00–17\.00; varaa aika aukioloajan sisältä$'
	refused sv 1 book --member "$A" --space D01 --date 2026-11-24 --from 07:00 --to 10:00
	err_has '^hubdesk: lokalen är öppen på tisdagar kl\. 8\.00–17\.00; boka inom öppettiderna$'
	refused fi 1 book --member "$A" --space D01 --date 2026-11-29
	err_has 'suljettu sunnuntaisin \(29\.11\.2026\)'
	refused fi 1 book --member "$A" --space D01 --date 2026-12-24
	err_has '^hubdesk: tila on suljettu 24\.12\.2026 \(jouluaatto\); valitse toinen päivä$'
	refused sv 1 book --member "$A" --space D01 --date 2026-12-24
	err_has '^hubdesk: lokalen är stängd den 24\.12\.2026 \(julafton\); välj en annan dag$'
	refused sv 1 book --member "$A" --space D01 --date 2027-12-06 --from 09:00 --to 10:00
	err_has 'stängd den 6\.12\.2027 \(självständighetsdagen\)'
}

test_the_past_and_the_limits() {
	small_hub
	refused fi 1 book --member "$A" --space D01 --date 2026-11-20
	err_has '^hubdesk: 20\.11\.2026 klo 8\.00–17\.00 on jo mennyt; varaa aika tästä eteenpäin$'
	refused sv 1 book --member "$A" --space D01 --date 2026-11-23 --from 08:00 --to 10:00
	err_has '^hubdesk: kl\. 8\.00 har redan passerat; boka från kl\. 9\.00$'
	refused fi 1 book --member "$A" --space R1 --date 2026-11-24 --from 09:00 --to 14:00
	err_has "^hubdesk: huoneen voi varata enintään 4 h 00 min kerrallaan; anna lyhyempi --from ja --to$"
	refused sv 1 book --member "$A" --space D01 --date 2026-12-30
	err_has '^hubdesk: bokningar kan göras högst 14 dagar i förväg \(till 7\.12\.2026\)$'
	for d in 24 25 26 27 30; do
		expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-$d
	done
	refused fi 1 book --member "$A" --space D02 --date 2026-12-01
	err_has '^hubdesk: sinulla on 5 tulevaa varausta, enempää jäsenellä ei voi olla; peruuta ensin yksi$'
	expect 0 rules set max-future-bookings 1
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24
	refused sv 1 book --member "$B" --space D02 --date 2026-11-25
	err_has '^hubdesk: du har 1 kommande bokning, det högsta en medlem får ha; avboka den först$'
}

test_unknown_and_retired_members() {
	small_hub
	refused fi 1 book --member ZZZZZ --space D01 --date 2026-11-24
	err_has "^hubdesk: millään jäsenellä ei ole tunnusta 'ZZZZZ'; tarkista tunnus \\(5 kirjainta ja numeroa\\)$"
	refused sv 1 checkin --member ZZZZZ
	err_has "^hubdesk: ingen medlem har koden 'ZZZZZ'; kontrollera koden \\(5 bokstäver och siffror\\)$"
	expect 0 --now "$NOW" member retire "$A"
	refused fi 1 book --member "$A" --space D01 --date 2026-11-24
	err_has "^hubdesk: tunnus $A ei enää toimi: sen jäsen on lähtenyt tilasta; jäsen lähti 23\.11\.2026 \('hubdesk member list --all'\)$"
	refused sv 1 checkin --member "$A"
	err_has "^hubdesk: koden $A fungerar inte längre: medlemmen har lämnat lokalen; medlemmen lämnade 23\.11\.2026"
}

test_visits_and_cancels() {
	small_hub
	refused fi 1 checkout --member "$A"
	err_has '^hubdesk: Aino Ä\. ei ole kirjautunut sisään; ei mitään uloskirjattavaa$'
	expect 0 --now "$NOW" checkin --member "$A" --space D01 --at "2026-11-23 08:10"
	refused sv 1 checkin --member "$A"
	err_has '^hubdesk: Aino Ä\. har redan checkat in \(sedan kl\. 8\.10 vid D01\); checka ut först$'
	refused fi 1 checkin --member "$B" --space D01
	err_has '^hubdesk: D01 on käytössä \(klo 8\.10 alkaen\) '
	expect 0 --now "$NOW" book --member "$B" --space D02 --date 2026-11-24
	uuid=$(sql "SELECT uuid FROM booking")
	expect 0 --now "$NOW" cancel "$uuid"
	refused fi 1 cancel "$uuid"
	err_has '^hubdesk: varauksen tila on jo: peruttu; vain käyttämättömän varauksen voi peruuttaa$'
	refused sv 1 cancel "$uuid"
	err_has '^hubdesk: bokningen är redan avbokad; bara en bokning som inte har använts kan avbokas$'
}

test_bad_input_names_the_field_and_the_date() {
	small_hub
	refused fi 2 member add "   "
	err_has '^hubdesk: nimi puuttuu; täytä kenttä$'
	refused sv 2 member add "Eva" --email "ei-osoite"
	err_has "^hubdesk: 'ei-osoite' är inte en e-postadress; skriv den som namn@example\.fi$"
	refused fi 2 closed add 2026-13-01
	err_has "^hubdesk: '2026-13-01' ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP$"
	refused sv 1 closed add 2026-11-20
	err_has '^hubdesk: 20\.11\.2026 har redan passerat; stängda dagar gäller i dag och kommande dagar$'
}

test_only_the_administrator_purges() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "    skipped: not root, so the database cannot be given to another owner"
		return 0
	fi
	small_hub
	chown nobody "$DB"
	refused fi 1 purge
	err_has '^hubdesk: vain tilan ylläpitäjä voi poistaa tietoja ennen niiden säilytysajan päättymistä; aja komento tietokantatiedoston omistajana$'
	refused sv 1 rules set slot-minutes 15
	err_has '^hubdesk: bara lokalens administratör får ändra reglerna; kör kommandot som ägare av databasfilen$'
	chown 0 "$DB"
}

test_english_stays_as_it_was() {
	small_hub
	expect 0 --now "$NOW" book --member "$A" --space D01 --date 2026-11-24 --from 09:00 --to 12:00
	expect_refused 1 --now "$NOW" book --member "$B" --space D01 --date 2026-11-24 --from 10:00 --to 11:00
	assert_eq "$(cat "$ERR")" "hubdesk: D01 is booked 09:00–12:00 by another member; free from 12:00"
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-12-24
	assert_eq "$(cat "$ERR")" "hubdesk: the hub is closed on 2026-12-24 (Christmas Eve); choose another day"
	expect_refused 1 --now "$NOW" book --member "$A" --space D01 --date 2026-11-29
	assert_eq "$(cat "$ERR")" "hubdesk: the hub is closed on Sundays (2026-11-29); choose an opening day"
}

run_tests "$@"
