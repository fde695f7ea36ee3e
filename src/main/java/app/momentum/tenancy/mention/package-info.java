/**
 * Mentioning members in comments: {@link app.momentum.tenancy.mention.Mentions} finds "@Full Name" in a text,
 * {@link app.momentum.tenancy.mention.MentionArea} is the comment field that offers the tenant's members and shows
 * stored mentions as chips. Published as a named interface because the modules that take comments (journey, action)
 * embed it; it lives in tenancy because it knows the tenant's members, and left base so that base depends on no
 * feature.
 */
@NamedInterface("mention")
package app.momentum.tenancy.mention;

import org.springframework.modulith.NamedInterface;
