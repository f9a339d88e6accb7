/**
 * The party office: branches and members, the regular meetings and lessons (三会一课) with reminders for missed
 * ones, weekly political study by department, responsibility agreements, conduct records (letters of thanks,
 * banners, refused gifts and red envelopes...), the monthly conduct evaluation and the five-star service rating.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Party")
package org.yuanwu.party;
