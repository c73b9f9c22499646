"""Calendar logic behind the kiosk's lobby calendar screen.

Pure Python (no Qt): Easter computus, the public holidays of the countries the
kiosk is deployed in, the office's opening hours and closures, and the month
grid the calendar view-model shows. Names are English source strings marked for
Qt Linguist; the view-model translates them.
"""
