-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lays out the DMG window: the app on the left, the Applications link on the right.
-- CPack's DragNDrop generator calls this with the volume name as argument.
on run argv
  set volumeName to item 1 of argv
  tell application "Finder"
    tell disk volumeName
      open
      set current view of container window to icon view
      set toolbar visible of container window to false
      set statusbar visible of container window to false
      set the bounds of container window to {200, 120, 760, 460}
      set viewOptions to the icon view options of container window
      set arrangement of viewOptions to not arranged
      set icon size of viewOptions to 96
      set position of item "mailwright.app" of container window to {140, 160}
      set position of item "Applications" of container window to {420, 160}
      update without registering applications
      delay 2
      close
    end tell
  end tell
end run
