from briefing.cli import main_entry

main_entry()
